#include "services/RankingService.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace hailong {

namespace {
struct RankedRow
{
    QString key;
    qint64 n = 0;
    qint64 satisfied = 0;
    double shrunk = 0.0;
};
} // namespace

std::optional<RankingKey> rankingKeyFromCode(const QString &code)
{
    if (code == QLatin1String("staff"))
        return RankingKey::Staff;
    if (code == QLatin1String("counter"))
        return RankingKey::Counter;
    return std::nullopt;
}

RankingService::RankingService(Storage &storage)
    : m_closings(storage)
{}

QJsonObject RankingService::ranking(const Period &period, RankingKey by)
{
    qint64 totalN = 0;
    qint64 totalSatisfied = 0;
    QMap<QString, RankedRow> rows;
    for (const RollupTotals &group : m_closings.rollupTotals(period)) {
        if (group.suspect || group.unitKind != UnitKind::Admin)
            continue;
        totalN += group.n;
        totalSatisfied += group.satisfied;
        const QString key = by == RankingKey::Staff ? group.staff : group.counter;
        if (key.isEmpty())
            continue;
        RankedRow &row = rows[key];
        row.key = key;
        row.n += group.n;
        row.satisfied += group.satisfied;
    }
    // With no ratings there are no rows either; the mean is then reported as null.
    const double mean = totalN > 0 ? double(totalSatisfied) * 100.0 / double(totalN) : 0.0;
    QList<RankedRow> ranked = rows.values();
    for (RankedRow &row : ranked)
        row.shrunk = (double(row.satisfied) + priorStrength * mean / 100.0) /
                     (double(row.n) + priorStrength) * 100.0;
    std::sort(ranked.begin(), ranked.end(), [](const RankedRow &a, const RankedRow &b) {
        if (a.shrunk != b.shrunk)
            return a.shrunk > b.shrunk;
        return a.n > b.n;
    });
    QJsonArray json;
    for (const RankedRow &row : std::as_const(ranked))
        json.append(
            QJsonObject{{QStringLiteral("key"), row.key},
                        {QStringLiteral("n"), row.n},
                        {QStringLiteral("satisfied"), row.satisfied},
                        {QStringLiteral("rate"), double(row.satisfied) * 100.0 / double(row.n)},
                        {QStringLiteral("shrunk_rate"), row.shrunk}});
    return {{QStringLiteral("period"), period.toJson()},
            {QStringLiteral("by"),
             by == RankingKey::Staff ? QStringLiteral("staff") : QStringLiteral("counter")},
            {QStringLiteral("mean"), totalN > 0 ? QJsonValue(mean) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("prior_strength"), priorStrength},
            {QStringLiteral("rows"), json}};
}

} // namespace hailong
