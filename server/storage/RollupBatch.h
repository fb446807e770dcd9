#pragma once

#include "storage/IndicatorDayTable.h"
#include "storage/KioskSequenceTable.h"
#include "storage/RatingDayTable.h"
#include "storage/RatingHourTable.h"
#include "storage/StorageRecords.h"

#include <map>
#include <tuple>

namespace hailong {

// What one stored batch adds to the rollups, summed in memory and written just before the
// batch commits: one upsert per touched row instead of one per rating, always in the same
// (sorted) order, so that two processes writing the same rows queue instead of deadlocking,
// and hold the hot rows (today's) only for the moment of the commit.
class RollupBatch
{
public:
    // A rating that was just inserted; `newSeq` when no other rating of its kiosk had its seq.
    // A repeated rating (its dossier has a counted one) only counts in its kiosk's sequence.
    void add(const StoredRating &rating, bool newSeq, bool repeated);
    void writeTo(RatingDayTable &days, IndicatorDayTable &indicatorDays, RatingHourTable &hours,
                 KioskSequenceTable &sequences) const;

private:
    struct Counts
    {
        qint64 n = 0;
        qint64 satisfied = 0;
        qint64 clockSkewed = 0;
        qint64 unattributed = 0;
    };
    struct SequenceRange
    {
        qint64 low = 0;
        qint64 high = 0;
        qint64 newSeqs = 0;
    };
    // day, unit, kind, tied, field, counter, staff, suspect, centre (the unit's)
    using DayKey =
        std::tuple<qint64, QString, QString, bool, QString, QString, QString, bool, QString>;
    // centre, day, kind, tied, field
    using IndicatorKey = std::tuple<QString, qint64, QString, bool, QString>;
    // centre, day, hour
    using HourKey = std::tuple<QString, qint64, int>;

    std::map<DayKey, Counts> m_days;
    std::map<IndicatorKey, Counts> m_indicatorDays;
    std::map<HourKey, Counts> m_hours;
    std::map<QString, SequenceRange> m_sequences;
};

} // namespace hailong
