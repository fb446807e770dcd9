#pragma once

#include "indicators/IndicatorCalculator.h"
#include "period/Period.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace hailong {

// One step of a trend: a week or a month inside the report's period.
struct TrendPoint
{
    QString label; // e.g. "T01/2026" or "Tuần 02/01" — shown as is
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate; // percent; none when n = 0
};

// Everything one report shows. The server fills it from storage (phase B); every writer
// reads only this, so the CSV, XLSX, PDF and JSON carry the same numbers.
struct ReportDocument
{
    QString communeName; // e.g. "xã Tân Hòa"; the heading reads "UBND " + this
    Period period;
    QDateTime generatedAt;
    QList<IndicatorResult> indicators;       // in the plan's order (STT = index + 1)
    QMap<QString, QList<TrendPoint>> trends; // indicator id -> points, oldest first
};

// Words the reports use for a status, in Vietnamese (the plan's appendix).
QString statusWordVi(const IndicatorResult &result);     // "Đạt" | "Không đạt"
QString confidenceWordVi(const IndicatorResult &result); // "chắc chắn" | "chưa chắc chắn"

// "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026" or "Từ 01/01/2026 đến 31/03/2026".
QString periodTitleVi(const Period &period);
// "từ 15/12/2025 đến 14/03/2026"
QString periodDatesVi(const Period &period);
// What the rule means, for the heading of a report.
QString periodRuleVi(PeriodRule rule);

} // namespace hailong
