#pragma once

#include "indicators/RatingBucket.h"
#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// rollup_indicator_days: per centre day, the non-suspect ratings in each indicator bucket
// (unit kind, tied, field). A few dozen rows a day whatever the number of units, so any
// period's indicators read O(days × buckets) rows through the primary key.
class IndicatorDayTable
{
public:
    explicit IndicatorDayTable(const QSqlDatabase &db);

    // Adds bucket.n and bucket.satisfied to the day's row, creating it when absent.
    void add(const QString &centre, qint64 day, const RatingBucket &bucket);
    // Buckets of days in [firstDay, endDay), summed over the days.
    // `centre` empty: every centre's.
    QList<RatingBucket> buckets(qint64 firstDay, qint64 endDay, const QString &centre);
    // The same, day by day, oldest first.
    QList<DayBucket> daily(qint64 firstDay, qint64 endDay, const QString &centre);

private:
    SqlStatement m_add;
    SqlStatement m_buckets;
    SqlStatement m_daily;
};

} // namespace hailong
