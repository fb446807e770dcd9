#include "storage/IndicatorDayTable.h"

#include "period/CentreDay.h"
#include "storage/CentreFilter.h"

namespace hailong {

namespace {
// Columns: unit_kind, tied, field, n, satisfied from `first`.
RatingBucket bucketFromRow(const SqlRows &row, int first)
{
    RatingBucket bucket;
    bucket.unitKind = unitKindFromCode(row.value(first).toString()).value_or(UnitKind::Admin);
    bucket.tied = row.value(first + 1).toLongLong() != 0;
    bucket.field = row.value(first + 2).toString();
    bucket.n = row.value(first + 3).toLongLong();
    bucket.satisfied = row.value(first + 4).toLongLong();
    return bucket;
}
} // namespace

IndicatorDayTable::IndicatorDayTable(const QSqlDatabase &db)
    : m_add(db, QStringLiteral(
                    "INSERT INTO rollup_indicator_days (centre_id, day, unit_kind, tied, field, n, "
                    "satisfied) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (centre_id, day, "
                    "unit_kind, tied, field) DO UPDATE SET n = rollup_indicator_days.n + "
                    "excluded.n, satisfied = rollup_indicator_days.satisfied + excluded.satisfied"))
    , m_buckets(db, QStringLiteral("SELECT unit_kind, tied, field, SUM(n), SUM(satisfied) FROM "
                                   "rollup_indicator_days WHERE day >= ? AND day < ? AND ") +
                        centreFilter(QStringLiteral("centre_id")) +
                        QStringLiteral(" GROUP BY unit_kind, tied, field"))
    , m_daily(db, QStringLiteral("SELECT day, unit_kind, tied, field, SUM(n), SUM(satisfied) FROM "
                                 "rollup_indicator_days WHERE day >= ? AND day < ? AND ") +
                      centreFilter(QStringLiteral("centre_id")) +
                      QStringLiteral(" GROUP BY day, unit_kind, tied, field ORDER BY day"))
{}

void IndicatorDayTable::add(const QString &centre, qint64 day, const RatingBucket &bucket)
{
    m_add.run({centre, day, unitKindCode(bucket.unitKind), bucket.tied ? 1 : 0, bucket.field,
               bucket.n, bucket.satisfied});
}

QList<RatingBucket> IndicatorDayTable::buckets(qint64 firstDay, qint64 endDay,
                                               const QString &centre)
{
    QList<RatingBucket> buckets;
    SqlRows rows = m_buckets.run({firstDay, endDay, centre, centre});
    while (rows.next())
        buckets.append(bucketFromRow(rows, 0));
    return buckets;
}

QList<DayBucket> IndicatorDayTable::daily(qint64 firstDay, qint64 endDay, const QString &centre)
{
    QList<DayBucket> days;
    SqlRows rows = m_daily.run({firstDay, endDay, centre, centre});
    while (rows.next())
        days.append({CentreDay::date(rows.value(0).toLongLong()), bucketFromRow(rows, 1)});
    return days;
}

} // namespace hailong
