#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// rollup_hours: non-suspect ratings per centre day and hour, for the day's hourly chart.
class RatingHourTable
{
public:
    explicit RatingHourTable(const QSqlDatabase &db);

    void add(const QString &centre, qint64 day, const HourTally &tally);
    // The hours of one day that have ratings, in order.
    // `centre` empty: every centre's.
    QList<HourTally> hours(qint64 day, const QString &centre);

private:
    SqlStatement m_add;
    SqlStatement m_hours;
};

} // namespace hailong
