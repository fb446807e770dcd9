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

// Staff members or counters ranked by a rate shrunk toward the centre's mean, so one bad
// rating on a small count does not put a person last. Empirical Bayes with a Beta prior of
// strength k = 20 ratings centred on m, the satisfied share of all the period's ratings from
// admin units: shrunk = (satisfied + k·m) / (n + k). Only admin units' non-suspect ratings
// count, as only they have counters and staff of the centre.
class RankingService
{
public:
    static constexpr double priorStrength = 20.0;

    explicit RankingService(Storage &storage);

    // {"period", "by", "mean", "prior_strength", "rows":[{"key","n","satisfied","rate",
    // "shrunk_rate"}]} sorted by shrunk_rate descending, ties by larger n.
    QJsonObject ranking(const Period &period, RankingKey by);

private:
    PeriodClosings m_closings;
};

} // namespace hailong
