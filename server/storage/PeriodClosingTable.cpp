#include "storage/PeriodClosingTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

namespace {
QString bucketsText(const QList<RatingBucket> &buckets)
{
    QJsonArray rows;
    for (const RatingBucket &bucket : buckets)
        rows.append(QJsonObject{{QStringLiteral("kind"), unitKindCode(bucket.unitKind)},
                                {QStringLiteral("tied"), bucket.tied},
                                {QStringLiteral("field"), bucket.field},
                                {QStringLiteral("n"), bucket.n},
                                {QStringLiteral("satisfied"), bucket.satisfied}});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QList<RatingBucket> bucketsFromText(const QString &text)
{
    QList<RatingBucket> buckets;
    const QJsonArray rows = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        RatingBucket bucket;
        bucket.unitKind =
            unitKindFromCode(row.value(QLatin1String("kind")).toString()).value_or(UnitKind::Admin);
        bucket.tied = row.value(QLatin1String("tied")).toBool();
        bucket.field = row.value(QLatin1String("field")).toString();
        bucket.n = row.value(QLatin1String("n")).toInteger();
        bucket.satisfied = row.value(QLatin1String("satisfied")).toInteger();
        buckets.append(bucket);
    }
    return buckets;
}
} // namespace

PeriodClosingTable::PeriodClosingTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO period_closings (rule, period, closed_at, "
                                  "closed_by, buckets) VALUES (?, ?, ?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT closed_at, closed_by, buckets FROM period_closings WHERE "
                                "centre_id = 'main' AND rule = ? AND period = ?"))
    , m_remove(db, QStringLiteral("DELETE FROM period_closings WHERE centre_id = 'main' AND "
                                  "rule = ? AND period = ?"))
{}

void PeriodClosingTable::insert(const PeriodClosingRecord &record)
{
    m_insert.run({record.rule, record.period, toStoredInstant(record.closing.at), record.closing.by,
                  bucketsText(record.buckets)});
}

std::optional<PeriodClosingRecord> PeriodClosingTable::find(const QString &rule,
                                                            const QString &period)
{
    SqlRows row = m_find.run({rule, period});
    if (!row.next())
        return std::nullopt;
    return PeriodClosingRecord{
        rule, period, PeriodClosing{fromStoredInstant(row.value(0)), row.value(1).toString()},
        bucketsFromText(row.value(2).toString())};
}

void PeriodClosingTable::remove(const QString &rule, const QString &period)
{
    m_remove.run({rule, period});
}

} // namespace hailong
