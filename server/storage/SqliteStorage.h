#pragma once

#include "storage/Storage.h"

#include <QString>
#include <memory>

namespace hailong {

// Storage in one SQLite file: WAL journal, synchronous=FULL (a committed batch survives a
// power cut), numbered migrations applied on open, one class per table.
class SqliteStorage final : public Storage
{
public:
    // Opens (creating if needed) and migrates the database. Throws StorageError.
    explicit SqliteStorage(const QString &path);
    ~SqliteStorage() override;

    SqliteStorage(const SqliteStorage &) = delete;
    SqliteStorage &operator=(const SqliteStorage &) = delete;

    Result<bool> addUnit(const UnitRecord &unit) override;
    std::optional<UnitRecord> unit(const QString &id) override;
    QList<UnitRecord> units() override;

    Result<bool> addKiosk(const KioskRecord &kiosk, const QString &tokenDigest) override;
    std::optional<AuthenticatedKiosk> kioskByTokenDigest(const QString &digest) override;
    QList<KioskRecord> kiosks() override;
    void recordKioskSeen(const QString &kioskId, const QDateTime &at,
                         std::optional<int> queued) override;
    void recordKioskClockSkew(const QString &kioskId, qint64 seconds) override;
    bool revokeKiosk(const QString &kioskId) override;
    QHash<QString, KioskRatingStats> kioskRatingStats(const QDateTime &dayStart,
                                                      const QDateTime &dayEnd) override;

    Result<bool> addUser(const UserRecord &user) override;
    std::optional<UserRecord> user(const QString &name) override;
    QList<UserRecord> users() override;
    bool disableUser(const QString &name) override;
    void recordLogin(const QString &name, const QDateTime &at) override;

    void createSession(const SessionRecord &session) override;
    std::optional<SessionRecord> session(const QString &tokenDigest, const QDateTime &now) override;
    void deleteSession(const QString &tokenDigest) override;

    void recordLoginFailure(const QString &user, const QDateTime &at) override;
    int loginFailuresSince(const QString &user, const QDateTime &since) override;
    void clearLoginFailures(const QString &user) override;

    void appendAudit(const AuditEntry &entry) override;
    QList<AuditEntry> auditEntries(int limit) override;

    QList<StoreOutcome> storeRatings(const QList<StoredRating> &ratings) override;
    QList<RatingBucket> ratingBuckets(const QDateTime &from, const QDateTime &to) override;
    QList<StoredRating> ratingsBetween(const QDateTime &from, const QDateTime &to) override;

private:
    struct Tables;

    QString m_connectionName;
    std::unique_ptr<Tables> m_tables;
};

} // namespace hailong
