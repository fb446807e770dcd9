#include "storage/RatingDayTable.h"

#include "storage/CentreFilter.h"

namespace hailong {

RatingDayTable::RatingDayTable(const QSqlDatabase &db)
    : m_add(db, QStringLiteral(
                    "INSERT INTO rollup_days (day, unit_id, unit_kind, tied, field, counter, "
                    "staff, suspect, n, satisfied, clock_skewed, unattributed, centre_id) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, unit_id, unit_kind, "
                    "tied, field, counter, staff, suspect) DO UPDATE SET n = rollup_days.n + "
                    "excluded.n, satisfied = rollup_days.satisfied + excluded.satisfied, "
                    "clock_skewed = rollup_days.clock_skewed + excluded.clock_skewed, unattributed "
                    "= rollup_days.unattributed + excluded.unattributed"))
    , m_totals(
          db,
          QStringLiteral("SELECT unit_id, unit_kind, tied, field, counter, staff, suspect, SUM(n), "
                         "SUM(satisfied), SUM(clock_skewed), SUM(unattributed), centre_id FROM "
                         "rollup_days WHERE day >= ? AND day < ? AND ") +
              centreFilter(QStringLiteral("centre_id")) +
              QStringLiteral(
                  " GROUP BY centre_id, unit_id, unit_kind, tied, field, counter, staff, suspect "
                  "ORDER BY centre_id, unit_id, unit_kind, tied, field, counter, staff, suspect"))
{}

void RatingDayTable::add(qint64 day, const RollupTotals &totals)
{
    m_add.run({day, totals.unitId, unitKindCode(totals.unitKind), totals.tied ? 1 : 0, totals.field,
               totals.counter, totals.staff, totals.suspect ? 1 : 0, totals.n, totals.satisfied,
               totals.clockSkewed, totals.unattributed, totals.centreId});
}

QList<RollupTotals> RatingDayTable::totals(qint64 firstDay, qint64 endDay, const QString &centre)
{
    QList<RollupTotals> all;
    SqlRows rows = m_totals.run({firstDay, endDay, centre, centre});
    while (rows.next()) {
        RollupTotals totals;
        totals.unitId = rows.value(0).toString();
        totals.unitKind = unitKindFromCode(rows.value(1).toString()).value_or(UnitKind::Admin);
        totals.tied = rows.value(2).toLongLong() != 0;
        totals.field = rows.value(3).toString();
        totals.counter = rows.value(4).toString();
        totals.staff = rows.value(5).toString();
        totals.suspect = rows.value(6).toLongLong() != 0;
        totals.n = rows.value(7).toLongLong();
        totals.satisfied = rows.value(8).toLongLong();
        totals.clockSkewed = rows.value(9).toLongLong();
        totals.unattributed = rows.value(10).toLongLong();
        totals.centreId = rows.value(11).toString();
        all.append(totals);
    }
    return all;
}

} // namespace hailong
