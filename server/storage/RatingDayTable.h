#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// rollup_days: per centre day, the count of ratings for each unit, scope (tied, field),
// counter, staff member and suspect flag — what the daily breakdowns and the ranking sum.
class RatingDayTable
{
public:
    explicit RatingDayTable(const QSqlDatabase &db);

    // Adds to one day's row, creating it when absent. `totals.n`, `satisfied` and
    // `clockSkewed` are the increments.
    void add(qint64 day, const RollupTotals &totals);
    // Rows of days in [firstDay, endDay) summed over the days.
    // `centre` empty: every centre's.
    QList<RollupTotals> totals(qint64 firstDay, qint64 endDay, const QString &centre);

private:
    SqlStatement m_add;
    SqlStatement m_totals;
};

} // namespace hailong
