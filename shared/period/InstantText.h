#pragma once

#include <QDateTime>
#include <QStringView>
#include <optional>

namespace hailong {

// Instants written as text: the wire's RFC 3339 and the centre's local "YYYY-MM-DD HH:MM[:SS]"
// that one-stop systems export. ASCII digits only, checked by hand: the rating path parses one
// per rating, and Qt's ISO parser accepts forms (no offset, local time) the wire refuses.

bool isAsciiDigit(QChar c);
// The number written by `count` ASCII digits at `pos`, or -1.
int digitsAt(QStringView text, qsizetype pos, qsizetype count);
// created_at and id have always been accepted with one final newline: the patterns that
// first checked them ended in `$`, which also matches before it. Kept, so that no rating
// accepted before is refused now.
QStringView withoutFinalNewline(QStringView text);

// YYYY-MM-DD[Tt]hh:mm:ss[.f{1,9}]([Zz]|[+-]hh:mm).
std::optional<QDateTime> parseRfc3339(QStringView input);
// YYYY-MM-DD HH:MM[:SS] at the centre (UTC+7), as UTC.
std::optional<QDateTime> parseCentreLocalTime(QStringView text);

} // namespace hailong
