#pragma once

#include "indicators/RatingBucket.h"
#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace hailong {

// The ratings table: one row per rating id, never updated once written (but for comments
// emptied by retention, and the repeated flag set in the transaction that inserts it). Figures over
// periods come from the rollups; this table is read for at most a day at a time.
class RatingTable
{
public:
    explicit RatingTable(const QSqlDatabase &db);

    // The columns a rating is read from, for other tables' joins: fromRow() reads them from
    // the row's first `columnCount` values.
    static const QString &columns();
    static constexpr int columnCount = 30;
    static StoredRating fromRow(const SqlRows &row);

    std::optional<QString> fingerprintOf(const QUuid &id);
    // False when a rating with this id is already stored (by this transaction or a committed
    // one; in PostgreSQL it waits for a concurrent one to finish).
    bool insertIfNew(const StoredRating &rating);
    // Leaves a stored rating out of every figure: its dossier had a counted rating already.
    void markRepeated(const QString &id);
    // How many stored ratings of the kiosk carry this sequence number.
    qint64 countWithSeq(const QString &kioskId, qint64 seq);
    // `centre` empty: every centre's.
    QList<RatingBucket> buckets(const QDateTime &from, const QDateTime &to, const QString &centre);
    QList<StoredRating> between(const QDateTime &from, const QDateTime &to);
    QList<StoredRating> latestWithComment(const QDateTime &from, const QDateTime &to, int limit,
                                          const QString &centre);
    // Up to `limit` non-suspect ratings with a comment, lowest overall level first (then
    // newest). Reads the period's rows through the effective_at index.
    // Both read only ratings received at or before `receivedBy`, any when it is invalid.
    QList<StoredRating> lowestWithComment(const QDateTime &from, const QDateTime &to, int limit,
                                          const QDateTime &receivedBy, const QString &centre);
    // How often each reason code was ticked on non-suspect ratings in [from, to): one grouped
    // read of the period's reason lists.
    QHash<QString, qint64> reasonCounts(const QDateTime &from, const QDateTime &to,
                                        const QDateTime &receivedBy, const QString &centre);
    // The same for the ratings attributed to one staff code.
    QHash<QString, qint64> staffReasonCounts(const QString &staff, const QDateTime &from,
                                             const QDateTime &to, const QDateTime &receivedBy);
    // The criterion answers of non-suspect, non-repeat ratings in [from, to), one group per
    // survey and answer set.
    QList<CriteriaAnswers> criteriaAnswers(const QDateTime &from, const QDateTime &to,
                                           const QDateTime &receivedBy, const QString &centre);
    // The same read, kept apart by counter and field.
    // `centre` (here, in levelCounts and the three above): that centre's; empty, every
    // centre's.
    QList<ReasonTally> reasonTallies(const QDateTime &from, const QDateTime &to,
                                     const QDateTime &receivedBy, const QString &centre);
    // Overall level -> non-suspect, non-repeated ratings in [from, to) that gave it.
    QMap<int, qint64> levelCounts(const QDateTime &from, const QDateTime &to,
                                  const QString &centre);
    // Ratings per kiosk whose effective instant lies in [from, to).
    QHash<QString, qint64> countsByKiosk(const QDateTime &from, const QDateTime &to);

private:
    SqlStatement m_fingerprint;
    SqlStatement m_insert;
    SqlStatement m_markRepeated;
    SqlStatement m_countWithSeq;
    SqlStatement m_buckets;
    SqlStatement m_between;
    SqlStatement m_latestWithComment;
    SqlStatement m_lowestWithComment;
    SqlStatement m_reasonLists;
    SqlStatement m_staffReasonLists;
    SqlStatement m_criteriaLists;
    SqlStatement m_countsByKiosk;
    SqlStatement m_levelCounts;
};

} // namespace hailong
