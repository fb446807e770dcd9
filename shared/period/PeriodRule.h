#pragma once

#include <QString>
#include <QTimeZone>
#include <optional>

namespace hailong {

// How a named quarter, half-year or year maps to days.
//   Calendar: Q1 = 1 Jan–31 Mar, H1 = 1 Jan–30 Jun, year = 1 Jan–31 Dec.
//   Nd09: the data cut-off of Nghị định 09/2019/NĐ-CP art. 12 — quarter = 15th of the
//         month before it to the 14th of its last month; H1 = 15 Dec (year before)–14 Jun;
//         H2 = 15 Jun–14 Dec; year = 15 Dec (year before)–14 Dec.
enum class PeriodRule { Calendar, Nd09 };

QString periodRuleCode(PeriodRule rule); // "calendar" | "nd09"
std::optional<PeriodRule> periodRuleFromCode(const QString &code);

// Day boundaries are in Asia/Ho_Chi_Minh: UTC+7 all year (no daylight saving).
QTimeZone centreTimeZone();

} // namespace hailong
