#pragma once

#include "period/Period.h"
#include "services/PeriodClosings.h"
#include "storage/Storage.h"

#include <QJsonObject>
#include <optional>

namespace hailong {

enum class RankingKey { Staff, Counter };

// "staff" | "counter"; anything else is none.
std::optional<RankingKey> rankingKeyFromCode(const QString &code);

// One staff member or counter in a ranking.
struct RankedRow
{
    QString centre; // the centre whose staff member or counter it is
    QString key;
    qint64 n = 0;
    qint64 satisfied = 0;
    double shrunk = 0.0; // percent
};

// A period's ranking: the centre's mean (percent; none without ratings) and the rows, best
// first (rank = position + 1).
struct Ranking
{
    std::optional<double> mean;
    QList<RankedRow> rows;
};

// Staff members or counters ranked by a rate shrunk toward the centre's mean, so one bad
// rating on a small count does not put a person last. Empirical Bayes with a Beta prior of
// strength k = 20 ratings centred on m, the satisfied share of all the period's ratings from
// admin units: shrunk = (satisfied + k·m) / (n + k). Only admin units' non-suspect ratings
// count, as only they have counters and staff of the centre. Once the centre has a staff
// register, only registered codes (at their unit) are ranked.
class RankingService
{
public:
    static constexpr double priorStrength = 20.0;

    explicit RankingService(Storage &storage);

    // Sorted by shrunk rate descending, ties by larger n. `centre` (here and in ranking): that
    // centre's ratings, ranked against its own mean; empty, the province's, against its mean,
    // each centre's counters apart (every centre has its "Quầy 1").
    Ranking rank(const Period &period, RankingKey by, const QString &centre = {});
    // {"period", "by", "mean", "prior_strength", "rows":[{"key","centre","n","satisfied",
    // "rate","shrunk_rate"}]} in rank() order.
    QJsonObject ranking(const Period &period, RankingKey by, const QString &centre = {});

private:
    Storage &m_storage;
    PeriodClosings m_closings;
};

} // namespace hailong
