#include "storage/KioskTable.h"

namespace hailong {

namespace {
// Columns: id, unit_id, counter, revoked, last_seen, queued, clock_skew_seconds.
KioskRecord kioskFromRow(const SqlRows row)
{
    KioskRecord kiosk;
    kiosk.id = row.value(0).toString();
    kiosk.unitId = row.value(1).toString();
    kiosk.counter = row.value(2).toString();
    kiosk.revoked = row.value(3).toInt() != 0;
    if (!row.value(4).isNull())
        kiosk.lastSeen = fromStoredInstant(row.value(4));
    if (!row.value(5).isNull())
        kiosk.queued = row.value(5).toInt();
    if (!row.value(6).isNull())
        kiosk.clockSkewSeconds = row.value(6).toLongLong();
    return kiosk;
}
} // namespace

KioskTable::KioskTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO kiosks (id, unit_id, counter, token_digest, "
                                  "survey) VALUES (?, ?, ?, ?, ?)"))
    , m_insertCertificate(
          db, QStringLiteral("INSERT INTO kiosk_certificates (kiosk_id, sha256) VALUES (?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM kiosks WHERE id = ?"))
    , m_byToken(db, QStringLiteral("SELECT k.id, k.unit_id, k.counter, k.revoked, k.last_seen, "
                                   "k.queued, k.clock_skew_seconds, u.kind, u.name, c.sha256, "
                                   "k.survey, u.survey, u.centre_id "
                                   "FROM kiosks k JOIN units u ON u.id = k.unit_id LEFT JOIN "
                                   "kiosk_certificates c ON c.kiosk_id = k.id "
                                   "WHERE k.token_digest = ?"))
    , m_revokedByToken(db, QStringLiteral("SELECT revoked FROM kiosks WHERE token_digest = ?"))
    , m_all(db, QStringLiteral("SELECT id, unit_id, counter, revoked, last_seen, queued, "
                               "clock_skew_seconds FROM kiosks ORDER BY id"))
    , m_seen(db, QStringLiteral("UPDATE kiosks SET last_seen = ?, queued = ? WHERE id = ?"))
    , m_skew(db, QStringLiteral("UPDATE kiosks SET clock_skew_seconds = ? WHERE id = ?"))
    , m_revoke(db, QStringLiteral("UPDATE kiosks SET revoked = 1 WHERE id = ?"))
{}

void KioskTable::insert(const KioskRecord &kiosk, const QString &tokenDigest)
{
    m_insert.run({kiosk.id, kiosk.unitId, kiosk.counter, tokenDigest, kiosk.survey});
    if (!kiosk.clientCertificateSha256.isEmpty())
        m_insertCertificate.run({kiosk.id, kiosk.clientCertificateSha256});
}

bool KioskTable::exists(const QString &id)
{
    return m_exists.run({id}).next();
}

std::optional<AuthenticatedKiosk> KioskTable::findByTokenDigest(const QString &digest)
{
    SqlRows row = m_byToken.run({digest});
    if (!row.next())
        return std::nullopt;
    AuthenticatedKiosk found;
    found.kiosk = kioskFromRow(row);
    found.unit = {found.kiosk.unitId,
                  unitKindFromCode(row.value(7).toString()).value_or(UnitKind::Admin),
                  row.value(8).toString(), row.value(11).toString(), row.value(12).toString()};
    found.kiosk.clientCertificateSha256 = row.value(9).toString();
    found.kiosk.survey = row.value(10).toString();
    return found;
}

std::optional<bool> KioskTable::revokedByTokenDigest(const QString &digest)
{
    SqlRows row = m_revokedByToken.run({digest});
    if (!row.next())
        return std::nullopt;
    return row.value(0).toInt() != 0;
}

QList<KioskRecord> KioskTable::all()
{
    QList<KioskRecord> kiosks;
    SqlRows rows = m_all.run();
    while (rows.next())
        kiosks.append(kioskFromRow(rows));
    return kiosks;
}

void KioskTable::recordSeen(const QString &id, const QDateTime &at, std::optional<int> queued)
{
    m_seen.run({toStoredInstant(at),
                queued ? QVariant(*queued) : QVariant(QMetaType::fromType<int>()), id});
}

void KioskTable::recordClockSkew(const QString &id, qint64 seconds)
{
    m_skew.run({seconds, id});
}

void KioskTable::revoke(const QString &id)
{
    m_revoke.run({id});
}

} // namespace hailong
