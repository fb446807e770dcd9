#include "storage/RatingHourTable.h"

#include "storage/CentreFilter.h"

namespace hailong {

RatingHourTable::RatingHourTable(const QSqlDatabase &db)
    : m_add(db, QStringLiteral(
                    "INSERT INTO rollup_hours (centre_id, day, hour, n, satisfied) VALUES (?, ?, "
                    "?, ?, ?) ON CONFLICT (centre_id, day, hour) DO UPDATE SET n = rollup_hours.n "
                    "+ excluded.n, satisfied = rollup_hours.satisfied + excluded.satisfied"))
    , m_hours(db, QStringLiteral(
                      "SELECT hour, SUM(n), SUM(satisfied) FROM rollup_hours WHERE day = ? AND ") +
                      centreFilter(QStringLiteral("centre_id")) +
                      QStringLiteral(" GROUP BY hour ORDER BY hour"))
{}

void RatingHourTable::add(const QString &centre, qint64 day, const HourTally &tally)
{
    m_add.run({centre, day, tally.hour, tally.n, tally.satisfied});
}

QList<HourTally> RatingHourTable::hours(qint64 day, const QString &centre)
{
    QList<HourTally> hours;
    SqlRows rows = m_hours.run({day, centre, centre});
    while (rows.next())
        hours.append(
            {rows.value(0).toInt(), rows.value(1).toLongLong(), rows.value(2).toLongLong()});
    return hours;
}

} // namespace hailong
