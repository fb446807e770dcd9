#include "storage/PeriodClosingTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

namespace {
QJsonObject bucketJson(const RatingBucket &bucket)
{
    return {{QStringLiteral("kind"), unitKindCode(bucket.unitKind)},
            {QStringLiteral("tied"), bucket.tied},
            {QStringLiteral("field"), bucket.field},
            {QStringLiteral("n"), bucket.n},
            {QStringLiteral("satisfied"), bucket.satisfied}};
}

UnitKind kindOf(const QJsonObject &row)
{
    return unitKindFromCode(row.value(QLatin1String("kind")).toString()).value_or(UnitKind::Admin);
}

RatingBucket bucketFromJson(const QJsonObject &row)
{
    return {kindOf(row), row.value(QLatin1String("tied")).toBool(),
            row.value(QLatin1String("field")).toString(), row.value(QLatin1String("n")).toInteger(),
            row.value(QLatin1String("satisfied")).toInteger()};
}

QString figuresText(const PeriodClosingRecord &record)
{
    QJsonArray days;
    for (const DayBucket &day : record.days) {
        QJsonObject row = bucketJson(day.bucket);
        row.insert(QStringLiteral("day"), day.day.toString(Qt::ISODate));
        days.append(row);
    }
    QJsonArray totals;
    for (const RollupTotals &group : record.totals)
        totals.append(QJsonObject{{QStringLiteral("unit"), group.unitId},
                                  {QStringLiteral("kind"), unitKindCode(group.unitKind)},
                                  {QStringLiteral("tied"), group.tied},
                                  {QStringLiteral("field"), group.field},
                                  {QStringLiteral("counter"), group.counter},
                                  {QStringLiteral("staff"), group.staff},
                                  {QStringLiteral("suspect"), group.suspect},
                                  {QStringLiteral("n"), group.n},
                                  {QStringLiteral("satisfied"), group.satisfied},
                                  {QStringLiteral("clock_skewed"), group.clockSkewed}});
    const QJsonObject figures{{QStringLiteral("days"), days}, {QStringLiteral("totals"), totals}};
    return QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
}

void readFigures(const QString &text, PeriodClosingRecord &record)
{
    const QJsonObject figures = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &value : figures.value(QLatin1String("days")).toArray()) {
        const QJsonObject row = value.toObject();
        record.days.append(
            {QDate::fromString(row.value(QLatin1String("day")).toString(), Qt::ISODate),
             bucketFromJson(row)});
    }
    for (const QJsonValue &value : figures.value(QLatin1String("totals")).toArray()) {
        const QJsonObject row = value.toObject();
        RollupTotals group;
        group.centreId = record.centreId;
        group.unitId = row.value(QLatin1String("unit")).toString();
        group.unitKind = kindOf(row);
        group.tied = row.value(QLatin1String("tied")).toBool();
        group.field = row.value(QLatin1String("field")).toString();
        group.counter = row.value(QLatin1String("counter")).toString();
        group.staff = row.value(QLatin1String("staff")).toString();
        group.suspect = row.value(QLatin1String("suspect")).toBool();
        group.n = row.value(QLatin1String("n")).toInteger();
        group.satisfied = row.value(QLatin1String("satisfied")).toInteger();
        group.clockSkewed = row.value(QLatin1String("clock_skewed")).toInteger();
        record.totals.append(group);
    }
}
} // namespace

PeriodClosingTable::PeriodClosingTable(const QSqlDatabase &db)
    : m_insert(
          db, QStringLiteral("INSERT INTO period_closings (centre_id, rule, period, "
                             "closed_at, closed_by, buckets) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                             "(centre_id, rule, period) DO NOTHING RETURNING period"))
    , m_find(db, QStringLiteral("SELECT closed_at, closed_by, buckets FROM period_closings WHERE "
                                "centre_id = ? AND rule = ? AND period = ?"))
    , m_remove(db, QStringLiteral("DELETE FROM period_closings WHERE centre_id = ? AND rule = ? "
                                  "AND period = ? RETURNING period"))
    , m_centres(db, QStringLiteral("SELECT centre_id FROM period_closings WHERE rule = ? AND "
                                   "period = ?"))
{}

bool PeriodClosingTable::insert(const PeriodClosingRecord &record)
{
    return m_insert
        .run({record.centreId, record.rule, record.period, toStoredInstant(record.closing.at),
              record.closing.by, figuresText(record)})
        .next();
}

std::optional<PeriodClosingRecord>
PeriodClosingTable::find(const QString &rule, const QString &period, const QString &centre)
{
    SqlRows row = m_find.run({centre, rule, period});
    if (!row.next())
        return std::nullopt;
    PeriodClosingRecord record{
        centre, rule,
        period, PeriodClosing{fromStoredInstant(row.value(0)), row.value(1).toString()},
        {},     {}};
    readFigures(row.value(2).toString(), record);
    return record;
}

bool PeriodClosingTable::remove(const QString &rule, const QString &period, const QString &centre)
{
    return m_remove.run({centre, rule, period}).next();
}

QStringList PeriodClosingTable::centres(const QString &rule, const QString &period)
{
    QStringList ids;
    SqlRows rows = m_centres.run({rule, period});
    while (rows.next())
        ids.append(rows.value(0).toString());
    return ids;
}

} // namespace hailong
