#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The kiosks table: enrolled kiosks, known only by the digest of their token; with
// kiosk_certificates, the fingerprint of a kiosk's client certificate (mutual TLS).
class KioskTable
{
public:
    explicit KioskTable(const QSqlDatabase &db);

    // Also records kiosk.clientCertificateSha256 when set.
    void insert(const KioskRecord &kiosk, const QString &tokenDigest);
    bool exists(const QString &id);
    std::optional<AuthenticatedKiosk> findByTokenDigest(const QString &digest);
    // Whether the kiosk with this token is revoked; nullopt when there is none.
    std::optional<bool> revokedByTokenDigest(const QString &digest);
    QList<KioskRecord> all();
    void recordSeen(const QString &id, const QDateTime &at, std::optional<int> queued);
    void recordClockSkew(const QString &id, qint64 seconds);
    void revoke(const QString &id);

private:
    SqlStatement m_insert;
    SqlStatement m_insertCertificate;
    SqlStatement m_exists;
    SqlStatement m_byToken;
    SqlStatement m_revokedByToken;
    SqlStatement m_all;
    SqlStatement m_seen;
    SqlStatement m_skew;
    SqlStatement m_revoke;
};

} // namespace hailong
