#pragma once

#include <QString>
#include <optional>

namespace hailong {

// What a unit (and so each of its kiosks) is: its ratings feed different indicators.
enum class UnitKind { Admin, Health, Education };

QString unitKindCode(UnitKind kind); // "admin" | "health" | "education"
std::optional<UnitKind> unitKindFromCode(const QString &code);

} // namespace hailong
