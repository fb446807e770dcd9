#pragma once

#include "period/Period.h"
#include "services/Actor.h"
#include "storage/Storage.h"

namespace hailong {

// What a period's figures are made of: the buckets as closed when it is closed (with the
// closing and the ratings that arrived since), else the live ones.
struct PeriodFigures
{
    QList<RatingBucket> buckets;
    std::optional<PeriodClosing> closed;
    std::optional<LateArrivals> late;
};

// Closing a period ("chốt số liệu") once its report is sent, so that its figures no longer
// move, and reopening it. The closing keeps the period's daily rollups at that instant (read
// like any figure): they are the ratings received up to it, and the ratings that arrive later
// are the live figures less those, told apart without reading a rating. Every figure of a
// period (indicators, trend, rankings) reads its rollups through here.
class PeriodClosings
{
public:
    explicit PeriodClosings(Storage &storage);

    // Errors: "already-closed".
    Result<PeriodClosing> close(const Period &period, const Actor &actor);
    // Errors: "not-closed".
    Result<bool> reopen(const Period &period, const Actor &actor);

    // `centre`: that centre's figures; empty, every centre's.
    PeriodFigures figures(const Period &period, const QString &centre = {});
    // Storage's dailyBuckets and rollupTotals over the period, as closed when it is.
    // `centre`: that centre's; empty, every centre's.
    QList<DayBucket> dailyBuckets(const Period &period, const QString &centre = {});
    QList<RollupTotals> rollupTotals(const Period &period);

private:
    std::optional<PeriodClosingRecord> closing(const Period &period, const QString &centre = {});

    Storage &m_storage;
};

} // namespace hailong
