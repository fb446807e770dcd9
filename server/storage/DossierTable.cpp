#include "storage/DossierTable.h"

#include "storage/CentreFilter.h"

namespace hailong {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT code_hash, unit_id, field, procedure, channel, received_at, due_at, returned_at, "
    "staff, first_stored_at, link_digest, link_expires_at, centre_id FROM dossiers ");

StoredDossier dossierFromRow(const SqlRows &row)
{
    StoredDossier stored;
    stored.codeHash = row.value(0).toString();
    Dossier &dossier = stored.dossier;
    dossier.unit = row.value(1).toString();
    dossier.field = row.value(2).toString();
    dossier.procedure = row.value(3).toString();
    dossier.channel =
        dossierChannelFromCode(row.value(4).toString()).value_or(DossierChannel::Counter);
    dossier.receivedAt = fromStoredInstant(row.value(5));
    dossier.dueAt = fromStoredInstant(row.value(6));
    if (!row.value(7).isNull())
        dossier.returnedAt = fromStoredInstant(row.value(7));
    dossier.staff = row.value(8).toString();
    stored.firstStoredAt = fromStoredInstant(row.value(9));
    stored.linkDigest = row.value(10).toString();
    stored.linkExpiresAt = fromStoredInstant(row.value(11));
    stored.centreId = row.value(12).toString();
    return stored;
}

QVariant returnedValue(const Dossier &dossier)
{
    return dossier.returnedAt ? toStoredInstant(*dossier.returnedAt)
                              : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

DossierTable::DossierTable(const QSqlDatabase &db)
    : m_insert(db,
               QStringLiteral(
                   "INSERT INTO dossiers (code_hash, unit_id, field, procedure, channel, "
                   "received_at, due_at, returned_at, staff, first_stored_at, updated_at, "
                   "link_digest, link_expires_at, centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?, ?, ?) ON CONFLICT (centre_id, code_hash) DO NOTHING RETURNING code_hash"))
    , m_update(db,
               QStringLiteral("UPDATE dossiers SET unit_id = ?, field = ?, procedure = ?, channel "
                              "= ?, received_at = ?, due_at = ?, returned_at = ?, staff = ?, "
                              "updated_at = ? WHERE centre_id = ? AND code_hash = ?"))
    , m_byCode(db, selectColumns + QStringLiteral("WHERE code_hash = ? AND ") +
                       centreFilter(QStringLiteral("centre_id")) +
                       QStringLiteral(" ORDER BY centre_id LIMIT 1"))
    , m_byLink(db, selectColumns + QStringLiteral("WHERE link_digest = ?"))
    , m_returned(db, QStringLiteral(
                         "SELECT COUNT(*), COALESCE(SUM(CASE WHEN returned_at <= due_at THEN 1 "
                         "ELSE 0 END), 0), COALESCE(SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 "
                         "END), 0) FROM dossiers WHERE returned_at >= ? AND returned_at < ? AND ") +
                         centreFilter(QStringLiteral("centre_id")))
    , m_rated(db, QStringLiteral(
                      "SELECT CASE WHEN d.returned_at <= d.due_at THEN 1 ELSE 0 END, "
                      "COALESCE(SUM(CASE WHEN r.suspect = 0 THEN 1 ELSE 0 END), 0), "
                      "COALESCE(SUM(CASE WHEN r.suspect = 0 THEN r.satisfied ELSE 0 END), 0), "
                      "COALESCE(SUM(c.repeats), 0) FROM dossiers d JOIN dossier_ratings c ON "
                      "c.centre_id = d.centre_id AND c.dossier_hash = d.code_hash JOIN ratings r "
                      "ON r.id = c.rating_id WHERE d.returned_at >= ? AND d.returned_at < ? AND ") +
                      centreFilter(QStringLiteral("d.centre_id")) + QStringLiteral(" GROUP BY 1"))
{}

DossierOutcome DossierTable::upsert(const StoredDossier &stored, const QDateTime &now)
{
    const Dossier &dossier = stored.dossier;
    const QVariant at = toStoredInstant(now);
    if (m_insert
            .run({stored.codeHash, dossier.unit, dossier.field, dossier.procedure,
                  dossierChannelCode(dossier.channel), toStoredInstant(dossier.receivedAt),
                  toStoredInstant(dossier.dueAt), returnedValue(dossier), dossier.staff, at, at,
                  stored.linkDigest, toStoredInstant(stored.linkExpiresAt), stored.centreId})
            .next())
        return DossierOutcome::Accepted;
    m_update.run({dossier.unit, dossier.field, dossier.procedure,
                  dossierChannelCode(dossier.channel), toStoredInstant(dossier.receivedAt),
                  toStoredInstant(dossier.dueAt), returnedValue(dossier), dossier.staff, at,
                  stored.centreId, stored.codeHash});
    return DossierOutcome::Updated;
}

std::optional<StoredDossier> DossierTable::findByCodeHash(const QString &codeHash,
                                                          const QString &centre)
{
    SqlRows row = m_byCode.run({codeHash, centre, centre});
    if (!row.next())
        return std::nullopt;
    return dossierFromRow(row);
}

std::optional<StoredDossier> DossierTable::findByLinkDigest(const QString &linkDigest)
{
    SqlRows row = m_byLink.run({linkDigest});
    if (!row.next())
        return std::nullopt;
    return dossierFromRow(row);
}

DossierTally DossierTable::tally(const QDateTime &from, const QDateTime &to, const QString &centre)
{
    DossierTally tally;
    const std::initializer_list<QVariant> range = {toStoredInstant(from), toStoredInstant(to),
                                                   centre, centre};
    SqlRows returned = m_returned.run(range);
    if (returned.next()) {
        tally.handled = returned.value(0).toLongLong();
        tally.onTime = returned.value(1).toLongLong();
        tally.online = returned.value(2).toLongLong();
    }
    SqlRows rated = m_rated.run(range);
    while (rated.next()) {
        const bool onTime = rated.value(0).toInt() != 0;
        (onTime ? tally.ratedOnTime : tally.ratedLate) += rated.value(1).toLongLong();
        (onTime ? tally.satisfiedOnTime : tally.satisfiedLate) += rated.value(2).toLongLong();
        tally.repeats += rated.value(3).toLongLong();
    }
    return tally;
}

} // namespace hailong
