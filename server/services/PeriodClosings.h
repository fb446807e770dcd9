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
// move, and reopening it. A closing belongs to one centre: it keeps that centre's daily rollups
// at that instant (read like any figure): they are the ratings received up to it, and the
// ratings that arrive later are the live figures less those, told apart without reading a
// rating. Every figure of a period (indicators, trend, rankings) reads its rollups through here.
// With several centres the province's roll-up is each centre's figures summed, a closed
// centre's as closed; the roll-up itself is never closed (no `closed`, no `late`). With one
// centre the roll-up is that centre.
class PeriodClosings
{
public:
    explicit PeriodClosings(Storage &storage);

    // `centre`: the centre whose period closes or reopens (not empty). Errors: "already-closed".
    Result<PeriodClosing> close(const Period &period, const QString &centre, const Actor &actor);
    // Errors: "not-closed".
    Result<bool> reopen(const Period &period, const QString &centre, const Actor &actor);

    // `centre` (here and below): that centre's figures; empty, the roll-up.
    PeriodFigures figures(const Period &period, const QString &centre = {});
    // Storage's dailyBuckets and rollupTotals over the period, as closed when it is.
    QList<DayBucket> dailyBuckets(const Period &period, const QString &centre = {});
    QList<RollupTotals> rollupTotals(const Period &period, const QString &centre = {});

private:
    // The centres a roll-up sums one by one: every centre when `centre` is empty, there are
    // several and one of them closed the period; else none (the read is one centre's, closed or
    // not, or every centre's live figures at once).
    QStringList centresApart(const Period &period, const QString &centre);
    // The closing of `centre`, or of the only centre for the roll-up.
    std::optional<PeriodClosingRecord> closing(const Period &period, const QString &centre);

    Storage &m_storage;
};

} // namespace hailong
