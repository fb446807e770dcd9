#pragma once

#include "period/PeriodClosing.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// One closed period of one centre: its centre, rule and name, who closed it and when, and its daily
// rollups at that instant, which stay its figures: the indicator buckets day by day (the
// indicators and the trend) and the totals by unit, counter and staff (the rankings).
struct PeriodClosingRecord
{
    QString centreId;
    QString rule;   // the period rule's code, e.g. "nd09"
    QString period; // the period's name, e.g. "2026-Q1"
    PeriodClosing closing;
    QList<DayBucket> days;
    QList<RollupTotals> totals;
};

} // namespace hailong
