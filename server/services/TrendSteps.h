#pragma once

#include "period/Period.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace hailong {

enum class TrendStepKind { Week, Month };

// "week" | "month"; anything else is none.
std::optional<TrendStepKind> trendStepKindFromCode(const QString &code);
QString trendStepKindCode(TrendStepKind kind);

// One step of a trend: a calendar month or an ISO week (Monday to Sunday), cut to the period.
struct TrendStep
{
    QString label;   // "T12/2025" for a month; "Tuần 02/01" (the week's Monday) for a week
    QString labelEn; // "Dec 2025"; "Week of 2 Jan"
    QDate from;      // inclusive
    QDate to;        // inclusive
};

// The steps that cover a period, oldest first, without gaps or overlaps.
QList<TrendStep> trendSteps(const Period &period, TrendStepKind kind);

} // namespace hailong
