#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace hailong {

// Numbers and dates the way a Vietnamese report writes them: decimal comma, dot between
// thousands, day/month/year. One place, so the charts, the CSV and the PDF agree.
namespace VietnameseFormat {

// Rates are cut, never rounded, so a figure never contradicts its verdict: 94.997 -> 94.9.
double truncated(double value, int decimals = 1);
QString decimal(double value, int decimals = 1);           // 94.997 -> "94,9"
QString percent(double value, int decimals = 1);           // 95.345 -> "95,3 %"
QString percentOrDash(const std::optional<double> &value); // none -> "—"
QString count(qint64 value);                               // 12345 -> "12.345"
QString date(const QDate &day);                            // "27/11/2026"
QString dateTime(const QDateTime &instant);                // "27/11/2026 17:35" (centre time)
// "93,1 – 97,2" or "—" when either end is missing.
QString interval(const std::optional<double> &low, const std::optional<double> &high);

} // namespace VietnameseFormat

} // namespace hailong
