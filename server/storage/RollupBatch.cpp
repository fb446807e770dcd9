#include "storage/RollupBatch.h"

#include "period/CentreDay.h"

namespace hailong {

void RollupBatch::add(const StoredRating &stored, bool newSeq, bool repeated)
{
    const qint64 day = CentreDay::of(stored.effectiveAt);
    const QString kind = unitKindCode(stored.unitKind);
    const Rating &rating = stored.rating;
    const auto count = [&stored](Counts &counts) {
        ++counts.n;
        counts.satisfied += stored.satisfied ? 1 : 0;
        counts.clockSkewed += stored.clockSkew ? 1 : 0;
        counts.unattributed += stored.unattributed ? 1 : 0;
    };
    if (!repeated) {
        count(m_days[{day, stored.unitId, kind, stored.tied, rating.field, rating.counter,
                      rating.staff, rating.suspect, stored.centreId}]);
    }
    if (!repeated && !rating.suspect) {
        count(m_indicatorDays[{stored.centreId, day, kind, stored.tied, rating.field}]);
        count(m_hours[{stored.centreId, day, CentreDay::hourOf(stored.effectiveAt)}]);
    }
    if (newSeq) {
        const auto found = m_sequences.find(stored.kioskId);
        if (found == m_sequences.end()) {
            m_sequences.emplace(stored.kioskId, SequenceRange{rating.seq, rating.seq, 1});
        } else {
            SequenceRange &range = found->second;
            range.low = std::min(range.low, rating.seq);
            range.high = std::max(range.high, rating.seq);
            ++range.newSeqs;
        }
    }
}

void RollupBatch::writeTo(RatingDayTable &days, IndicatorDayTable &indicatorDays,
                          RatingHourTable &hours, KioskSequenceTable &sequences) const
{
    for (const auto &[kiosk, range] : m_sequences)
        sequences.add(kiosk, range.low, range.high, range.newSeqs);
    for (const auto &[key, counts] : m_days) {
        RollupTotals totals;
        totals.unitId = std::get<1>(key);
        totals.unitKind = unitKindFromCode(std::get<2>(key)).value_or(UnitKind::Admin);
        totals.tied = std::get<3>(key);
        totals.field = std::get<4>(key);
        totals.counter = std::get<5>(key);
        totals.staff = std::get<6>(key);
        totals.suspect = std::get<7>(key);
        totals.centreId = std::get<8>(key);
        totals.n = counts.n;
        totals.satisfied = counts.satisfied;
        totals.clockSkewed = counts.clockSkewed;
        totals.unattributed = counts.unattributed;
        days.add(std::get<0>(key), totals);
    }
    for (const auto &[key, counts] : m_indicatorDays) {
        RatingBucket bucket;
        bucket.unitKind = unitKindFromCode(std::get<2>(key)).value_or(UnitKind::Admin);
        bucket.tied = std::get<3>(key);
        bucket.field = std::get<4>(key);
        bucket.n = counts.n;
        bucket.satisfied = counts.satisfied;
        indicatorDays.add(std::get<0>(key), std::get<1>(key), bucket);
    }
    for (const auto &[key, counts] : m_hours)
        hours.add(std::get<0>(key), std::get<1>(key),
                  {std::get<2>(key), counts.n, counts.satisfied});
}

} // namespace hailong
