#include "services/RankingService.h"

#include "storage/RegisteredStaff.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace hailong {

std::optional<RankingKey> rankingKeyFromCode(const QString &code)
{
    if (code == QLatin1String("staff"))
        return RankingKey::Staff;
    if (code == QLatin1String("counter"))
        return RankingKey::Counter;
    return std::nullopt;
}

RankingService::RankingService(Storage &storage)
    : m_storage(storage)
    , m_closings(storage)
{}

Ranking RankingService::rank(const Period &period, RankingKey by, const QString &centre)
{
    qint64 totalN = 0;
    qint64 totalSatisfied = 0;
    QMap<std::pair<QString, QString>, RankedRow> rows; // by (centre, key)
    const RegisteredStaff registered(by == RankingKey::Staff ? m_storage.staffMembers()
                                                             : QList<StaffRecord>());
    for (const RollupTotals &group : m_closings.rollupTotals(period, centre)) {
        if (group.suspect || group.unitKind != UnitKind::Admin)
            continue;
        totalN += group.n;
        totalSatisfied += group.satisfied;
        const QString key = by == RankingKey::Staff ? group.staff : group.counter;
        if (key.isEmpty() || !registered.attributes(group.unitId, key))
            continue;
        RankedRow &row = rows[{group.centreId, key}];
        row.centre = group.centreId;
        row.key = key;
        row.n += group.n;
        row.satisfied += group.satisfied;
    }
    Ranking ranking;
    if (totalN > 0)
        ranking.mean = double(totalSatisfied) * 100.0 / double(totalN);
    // With no ratings there are no rows either.
    const double mean = ranking.mean.value_or(0.0);
    ranking.rows = rows.values();
    for (RankedRow &row : ranking.rows)
        row.shrunk = (double(row.satisfied) + priorStrength * mean / 100.0) /
                     (double(row.n) + priorStrength) * 100.0;
    std::sort(ranking.rows.begin(), ranking.rows.end(), [](const RankedRow &a, const RankedRow &b) {
        if (a.shrunk != b.shrunk)
            return a.shrunk > b.shrunk;
        return a.n > b.n;
    });
    return ranking;
}

QJsonObject RankingService::ranking(const Period &period, RankingKey by, const QString &centre)
{
    const Ranking ranked = rank(period, by, centre);
    QJsonArray json;
    for (const RankedRow &row : ranked.rows)
        json.append(
            QJsonObject{{QStringLiteral("key"), row.key},
                        {QStringLiteral("centre"), row.centre},
                        {QStringLiteral("n"), row.n},
                        {QStringLiteral("satisfied"), row.satisfied},
                        {QStringLiteral("rate"), double(row.satisfied) * 100.0 / double(row.n)},
                        {QStringLiteral("shrunk_rate"), row.shrunk}});
    return {{QStringLiteral("period"), period.toJson()},
            {QStringLiteral("by"),
             by == RankingKey::Staff ? QStringLiteral("staff") : QStringLiteral("counter")},
            {QStringLiteral("mean"),
             ranked.mean ? QJsonValue(*ranked.mean) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("prior_strength"), priorStrength},
            {QStringLiteral("rows"), json}};
}

} // namespace hailong
