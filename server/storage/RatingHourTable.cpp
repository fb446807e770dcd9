#include "storage/RatingHourTable.h"

namespace hailong {

RatingHourTable::RatingHourTable(const QSqlDatabase &db)
    : m_add(db, QStringLiteral("INSERT INTO rollup_hours (day, hour, n, satisfied) VALUES (?, ?, "
                               "?, ?) ON CONFLICT (day, hour) DO UPDATE SET n = rollup_hours.n + "
                               "excluded.n, satisfied = rollup_hours.satisfied + "
                               "excluded.satisfied"))
    , m_hours(db, QStringLiteral("SELECT hour, n, satisfied FROM rollup_hours WHERE day = ? "
                                 "ORDER BY hour"))
{}

void RatingHourTable::add(qint64 day, const HourTally &tally)
{
    m_add.run({day, tally.hour, tally.n, tally.satisfied});
}

QList<HourTally> RatingHourTable::hours(qint64 day)
{
    QList<HourTally> hours;
    SqlRows rows = m_hours.run({day});
    while (rows.next())
        hours.append(
            {rows.value(0).toInt(), rows.value(1).toLongLong(), rows.value(2).toLongLong()});
    return hours;
}

} // namespace hailong
