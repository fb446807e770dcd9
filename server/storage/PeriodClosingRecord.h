#pragma once

#include "indicators/RatingBucket.h"
#include "period/PeriodClosing.h"

#include <QList>

namespace hailong {

// One closed period of the centre: its rule and name, who closed it and when, and the buckets
// its figures were made of at that instant (the daily rollups then), which stay its figures.
struct PeriodClosingRecord
{
    QString rule;   // the period rule's code, e.g. "nd09"
    QString period; // the period's name, e.g. "2026-Q1"
    PeriodClosing closing;
    QList<RatingBucket> buckets;
};

} // namespace hailong
