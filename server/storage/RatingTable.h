#pragma once

#include "indicators/RatingBucket.h"
#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QHash>
#include <QList>

namespace hailong {

// The ratings table: one row per rating id, never updated once written.
class RatingTable
{
public:
    explicit RatingTable(const QSqlDatabase &db);

    std::optional<QString> fingerprintOf(const QUuid &id);
    void insert(const StoredRating &rating);
    QList<RatingBucket> buckets(const QDateTime &from, const QDateTime &to);
    QList<StoredRating> between(const QDateTime &from, const QDateTime &to);
    QHash<QString, KioskRatingStats> kioskStats(const QDateTime &dayStart, const QDateTime &dayEnd);

private:
    SqlStatement m_fingerprint;
    SqlStatement m_insert;
    SqlStatement m_buckets;
    SqlStatement m_between;
    SqlStatement m_seqStats;
    SqlStatement m_today;
};

} // namespace hailong
