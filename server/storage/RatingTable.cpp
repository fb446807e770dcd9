#include "storage/RatingTable.h"

#include "rating/CanonicalJsonWriter.h"
#include "storage/CentreFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>
#include <tuple>

namespace hailong {

namespace {
const QString ratingColumns =
    QStringLiteral("id, kiosk_id, unit_id, unit_kind, survey, overall, satisfied, tied, field, "
                   "procedure, dossier_hash, counter, staff, lang, ended, suspect, comment, "
                   "criteria, reasons, seq, created_at, created_offset, received_at, effective_at, "
                   "clock_skew, fingerprint, clock_skew_seconds, repeated, channel, unattributed");
const QString selectColumns =
    QStringLiteral("SELECT ") + ratingColumns + QStringLiteral(" FROM ratings ");

// The stored JSON texts, written directly (the commit thread writes them for every rating):
// the same text QJsonDocument writes. The capacity is a first guess; the text grows past it.
QString criteriaJson(const QMap<QString, int> &criteria)
{
    CanonicalJsonWriter json(2 + 48 * criteria.size());
    json.numbers(criteria);
    return QString::fromUtf8(json.take());
}

QString reasonsJson(const QStringList &reasons)
{
    CanonicalJsonWriter json(2 + 48 * reasons.size());
    json.strings(reasons);
    return QString::fromUtf8(json.take());
}

StoredRating ratingFromRow(const SqlRows &row)
{
    StoredRating stored;
    Rating &rating = stored.rating;
    rating.id = QUuid::fromString(row.value(0).toString());
    stored.kioskId = row.value(1).toString();
    stored.unitId = row.value(2).toString();
    stored.unitKind = unitKindFromCode(row.value(3).toString()).value_or(UnitKind::Admin);
    rating.survey = row.value(4).toString();
    rating.overall = row.value(5).toInt();
    stored.satisfied = row.value(6).toInt() != 0;
    stored.tied = row.value(7).toInt() != 0;
    rating.field = row.value(8).toString();
    rating.procedure = row.value(9).toString();
    stored.dossierHash = row.value(10).toString();
    rating.counter = row.value(11).toString();
    rating.staff = row.value(12).toString();
    rating.lang = row.value(13).toString();
    rating.ended = sessionEndFromCode(row.value(14).toString());
    rating.suspect = row.value(15).toInt() != 0;
    rating.comment = row.value(16).toString();
    const QJsonObject criteria = QJsonDocument::fromJson(row.value(17).toByteArray()).object();
    for (auto it = criteria.begin(); it != criteria.end(); ++it)
        rating.criteria.insert(it.key(), it.value().toInt());
    for (const QJsonValue &reason : QJsonDocument::fromJson(row.value(18).toByteArray()).array())
        rating.reasons.append(reason.toString());
    rating.seq = row.value(19).toLongLong();
    rating.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(20).toLongLong(), Qt::OffsetFromUTC,
                                                      row.value(21).toInt());
    stored.receivedAt = fromStoredInstant(row.value(22));
    stored.effectiveAt = fromStoredInstant(row.value(23));
    stored.clockSkew = row.value(24).toInt() != 0;
    stored.fingerprint = row.value(25).toString();
    if (!row.value(26).isNull())
        stored.clockSkewSeconds = row.value(26).toLongLong();
    stored.repeated = row.value(27).toInt() != 0;
    stored.channel = row.value(28).toString();
    stored.unattributed = row.value(29).toInt() != 0;
    return stored;
}

// The latest receipt a read takes: any when `receivedBy` is invalid.
QVariant receivedBound(const QDateTime &receivedBy)
{
    return receivedBy.isValid() ? toStoredInstant(receivedBy)
                                : QVariant(std::numeric_limits<qint64>::max());
}
// Rows of (reasons as a JSON list, how many ratings ticked that list) as counts per reason.
QHash<QString, qint64> countedReasons(SqlRows rows)
{
    QHash<QString, qint64> counts;
    while (rows.next()) {
        const qint64 ratings = rows.value(1).toLongLong();
        const QJsonArray codes = QJsonDocument::fromJson(rows.value(0).toByteArray()).array();
        for (const QJsonValue &code : codes)
            counts[code.toString()] += ratings;
    }
    return counts;
}
} // namespace

const QString &RatingTable::columns()
{
    return ratingColumns;
}

StoredRating RatingTable::fromRow(const SqlRows &row)
{
    return ratingFromRow(row);
}

RatingTable::RatingTable(const QSqlDatabase &db)
    : m_fingerprint(db, QStringLiteral("SELECT fingerprint FROM ratings WHERE id = ?"))
    , m_insert(
          db,
          QStringLiteral(
              "INSERT INTO ratings (id, kiosk_id, unit_id, unit_kind, survey, overall, satisfied, "
              "tied, field, procedure, dossier_hash, counter, staff, lang, ended, suspect, "
              "comment, criteria, reasons, seq, created_at, created_offset, received_at, "
              "effective_at, clock_skew, fingerprint, clock_skew_seconds, channel, unattributed, "
              "centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id"))
    , m_markRepeated(db, QStringLiteral("UPDATE ratings SET repeated = 1 WHERE id = ?"))
    , m_countWithSeq(db,
                     QStringLiteral("SELECT COUNT(*) FROM ratings WHERE kiosk_id = ? AND seq = ?"))
    , m_buckets(
          db, QStringLiteral(
                  "SELECT unit_kind, tied, field, COUNT(*), SUM(satisfied) FROM ratings WHERE "
                  "effective_at >= ? AND effective_at < ? AND suspect = 0 AND repeated = 0 AND ") +
                  centreFilter(QStringLiteral("centre_id")) +
                  QStringLiteral(" GROUP BY unit_kind, tied, field"))
    , m_between(db,
                selectColumns +
                    QStringLiteral(
                        "WHERE effective_at >= ? AND effective_at < ? ORDER BY effective_at, id"))
    , m_latestWithComment(
          db, selectColumns +
                  QStringLiteral("WHERE effective_at >= ? AND effective_at < ? AND suspect = 0 AND "
                                 "repeated = 0 AND comment <> '' AND ") +
                  centreFilter(QStringLiteral("centre_id")) +
                  QStringLiteral(" ORDER BY effective_at DESC, id DESC LIMIT ?"))
    , m_lowestWithComment(
          db, selectColumns +
                  QStringLiteral("WHERE effective_at >= ? AND effective_at < ? AND received_at <= "
                                 "? AND suspect = 0 AND repeated = 0 AND comment <> '' AND ") +
                  centreFilter(QStringLiteral("centre_id")) +
                  QStringLiteral(" ORDER BY overall, effective_at DESC, id DESC LIMIT ?"))
    , m_reasonLists(
          db, QStringLiteral("SELECT reasons, counter, field, COUNT(*), centre_id FROM ratings "
                             "WHERE effective_at >= ? AND effective_at < ? AND received_at <= ? "
                             "AND suspect = 0 AND repeated = 0 AND reasons <> '[]' AND ") +
                  centreFilter(QStringLiteral("centre_id")) +
                  QStringLiteral(" GROUP BY centre_id, reasons, counter, field"))
    , m_staffReasonLists(
          db, QStringLiteral("SELECT reasons, COUNT(*) FROM ratings WHERE staff = ? AND "
                             "effective_at >= ? AND effective_at < ? AND received_at <= ? AND "
                             "suspect = 0 AND repeated = 0 AND reasons <> '[]' GROUP BY reasons"))
    // No rollup keeps criteria (a rating's answers are many levels, one per code), so a
    // period's are read from its ratings: one query, grouped by the stored JSON text that
    // SQLite and PostgreSQL compare alike, and the few distinct answer sets are parsed here.
    , m_criteriaLists(db,
                      QStringLiteral("SELECT survey, criteria, COUNT(*) FROM ratings WHERE "
                                     "effective_at >= ? AND effective_at < ? AND received_at <= ? "
                                     "AND suspect = 0 AND repeated = 0 AND criteria <> '{}' AND ") +
                          centreFilter(QStringLiteral("centre_id")) +
                          QStringLiteral(" GROUP BY survey, criteria"))
    , m_countsByKiosk(db,
                      QStringLiteral("SELECT kiosk_id, COUNT(*) FROM ratings WHERE effective_at >= "
                                     "? AND effective_at < ? GROUP BY kiosk_id"))
    , m_levelCounts(
          db, QStringLiteral("SELECT overall, COUNT(*) FROM ratings WHERE effective_at >= ? AND "
                             "effective_at < ? AND suspect = 0 AND repeated = 0 AND ") +
                  centreFilter(QStringLiteral("centre_id")) + QStringLiteral(" GROUP BY overall"))
{}

std::optional<QString> RatingTable::fingerprintOf(const QUuid &id)
{
    SqlRows row = m_fingerprint.run({id.toString(QUuid::WithoutBraces)});
    if (!row.next())
        return std::nullopt;
    return row.value(0).toString();
}

bool RatingTable::insertIfNew(const StoredRating &stored)
{
    const Rating &rating = stored.rating;
    return m_insert
        .run({rating.id.toString(QUuid::WithoutBraces),
              stored.kioskId,
              stored.unitId,
              unitKindCode(stored.unitKind),
              rating.survey,
              rating.overall,
              stored.satisfied ? 1 : 0,
              stored.tied ? 1 : 0,
              rating.field,
              rating.procedure,
              stored.dossierHash,
              rating.counter,
              rating.staff,
              rating.lang,
              sessionEndCode(rating.ended),
              rating.suspect ? 1 : 0,
              rating.comment,
              criteriaJson(rating.criteria),
              reasonsJson(rating.reasons),
              rating.seq,
              rating.createdAt.toMSecsSinceEpoch(),
              rating.createdAt.offsetFromUtc(),
              toStoredInstant(stored.receivedAt),
              toStoredInstant(stored.effectiveAt),
              stored.clockSkew ? 1 : 0,
              stored.fingerprint,
              stored.clockSkewSeconds ? QVariant(*stored.clockSkewSeconds)
                                      : QVariant(QMetaType::fromType<qlonglong>()),
              stored.channel,
              stored.unattributed ? 1 : 0,
              stored.centreId})
        .next();
}

void RatingTable::markRepeated(const QString &id)
{
    m_markRepeated.run({id});
}

qint64 RatingTable::countWithSeq(const QString &kioskId, qint64 seq)
{
    SqlRows row = m_countWithSeq.run({kioskId, seq});
    return row.next() ? row.value(0).toLongLong() : 0;
}

QList<RatingBucket> RatingTable::buckets(const QDateTime &from, const QDateTime &to,
                                         const QString &centre)
{
    QList<RatingBucket> buckets;
    SqlRows rows = m_buckets.run({toStoredInstant(from), toStoredInstant(to), centre, centre});
    while (rows.next()) {
        RatingBucket bucket;
        bucket.unitKind = unitKindFromCode(rows.value(0).toString()).value_or(UnitKind::Admin);
        bucket.tied = rows.value(1).toInt() != 0;
        bucket.field = rows.value(2).toString();
        bucket.n = rows.value(3).toLongLong();
        bucket.satisfied = rows.value(4).toLongLong();
        buckets.append(bucket);
    }
    return buckets;
}

QList<StoredRating> RatingTable::between(const QDateTime &from, const QDateTime &to)
{
    QList<StoredRating> ratings;
    SqlRows rows = m_between.run({toStoredInstant(from), toStoredInstant(to)});
    while (rows.next())
        ratings.append(ratingFromRow(rows));
    return ratings;
}

QList<StoredRating> RatingTable::lowestWithComment(const QDateTime &from, const QDateTime &to,
                                                   int limit, const QDateTime &receivedBy,
                                                   const QString &centre)
{
    QList<StoredRating> ratings;
    SqlRows rows = m_lowestWithComment.run({toStoredInstant(from), toStoredInstant(to),
                                            receivedBound(receivedBy), centre, centre, limit});
    while (rows.next())
        ratings.append(ratingFromRow(rows));
    return ratings;
}

QHash<QString, qint64> RatingTable::reasonCounts(const QDateTime &from, const QDateTime &to,
                                                 const QDateTime &receivedBy, const QString &centre)
{
    QHash<QString, qint64> counts;
    for (const ReasonTally &tally : reasonTallies(from, to, receivedBy, centre))
        counts[tally.code] += tally.count;
    return counts;
}

QHash<QString, qint64> RatingTable::staffReasonCounts(const QString &staff, const QDateTime &from,
                                                      const QDateTime &to,
                                                      const QDateTime &receivedBy)
{
    return countedReasons(m_staffReasonLists.run(
        {staff, toStoredInstant(from), toStoredInstant(to), receivedBound(receivedBy)}));
}

QList<CriteriaAnswers> RatingTable::criteriaAnswers(const QDateTime &from, const QDateTime &to,
                                                    const QDateTime &receivedBy,
                                                    const QString &centre)
{
    QList<CriteriaAnswers> groups;
    SqlRows rows = m_criteriaLists.run(
        {toStoredInstant(from), toStoredInstant(to), receivedBound(receivedBy), centre, centre});
    while (rows.next()) {
        CriteriaAnswers group;
        group.survey = rows.value(0).toString();
        const QJsonObject answers = QJsonDocument::fromJson(rows.value(1).toByteArray()).object();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            group.answers.insert(it.key(), it.value().toInt());
        group.ratings = rows.value(2).toLongLong();
        groups.append(group);
    }
    return groups;
}

QList<ReasonTally> RatingTable::reasonTallies(const QDateTime &from, const QDateTime &to,
                                              const QDateTime &receivedBy, const QString &centre)
{
    QMap<std::tuple<QString, QString, QString, QString>, qint64> counts;
    SqlRows rows = m_reasonLists.run(
        {toStoredInstant(from), toStoredInstant(to), receivedBound(receivedBy), centre, centre});
    while (rows.next()) {
        const QString counter = rows.value(1).toString();
        const QString field = rows.value(2).toString();
        const qint64 ratings = rows.value(3).toLongLong();
        const QString centreId = rows.value(4).toString();
        const QJsonArray codes = QJsonDocument::fromJson(rows.value(0).toByteArray()).array();
        for (const QJsonValue &code : codes)
            counts[{code.toString(), counter, field, centreId}] += ratings;
    }
    QList<ReasonTally> tallies;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        tallies.append(ReasonTally{std::get<0>(it.key()), std::get<1>(it.key()),
                                   std::get<2>(it.key()), it.value(), std::get<3>(it.key())});
    return tallies;
}

QMap<int, qint64> RatingTable::levelCounts(const QDateTime &from, const QDateTime &to,
                                           const QString &centre)
{
    QMap<int, qint64> counts;
    SqlRows rows = m_levelCounts.run({toStoredInstant(from), toStoredInstant(to), centre, centre});
    while (rows.next())
        counts.insert(rows.value(0).toInt(), rows.value(1).toLongLong());
    return counts;
}

QList<StoredRating> RatingTable::latestWithComment(const QDateTime &from, const QDateTime &to,
                                                   int limit, const QString &centre)
{
    QList<StoredRating> ratings;
    SqlRows rows = m_latestWithComment.run(
        {toStoredInstant(from), toStoredInstant(to), centre, centre, limit});
    while (rows.next())
        ratings.append(ratingFromRow(rows));
    return ratings;
}

QHash<QString, qint64> RatingTable::countsByKiosk(const QDateTime &from, const QDateTime &to)
{
    QHash<QString, qint64> counts;
    SqlRows rows = m_countsByKiosk.run({toStoredInstant(from), toStoredInstant(to)});
    while (rows.next())
        counts.insert(rows.value(0).toString(), rows.value(1).toLongLong());
    return counts;
}

} // namespace hailong
