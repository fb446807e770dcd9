#pragma once

#include "Result.h"
#include "indicators/RatingBucket.h"
#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace hailong {

// What the services need from a database, in domain terms. SQLite implements it today; a
// PostgreSQL backend for a province implements the same interface without touching the
// services. Faults throw StorageError; expected refusals (a duplicate id) come back as values.
class Storage
{
public:
    virtual ~Storage() = default;

    // Errors: "duplicate-unit".
    virtual Result<bool> addUnit(const UnitRecord &unit) = 0;
    virtual std::optional<UnitRecord> unit(const QString &id) = 0;
    virtual QList<UnitRecord> units() = 0;

    // Errors: "duplicate-kiosk", "unknown-unit".
    virtual Result<bool> addKiosk(const KioskRecord &kiosk, const QString &tokenDigest) = 0;
    virtual std::optional<AuthenticatedKiosk> kioskByTokenDigest(const QString &digest) = 0;
    virtual QList<KioskRecord> kiosks() = 0;
    virtual void recordKioskSeen(const QString &kioskId, const QDateTime &at,
                                 std::optional<int> queued) = 0;
    virtual void recordKioskClockSkew(const QString &kioskId, qint64 seconds) = 0;
    // False when there is no such kiosk. The token stops working with the next request.
    virtual bool revokeKiosk(const QString &kioskId) = 0;
    virtual QHash<QString, KioskRatingStats> kioskRatingStats(const QDateTime &dayStart,
                                                              const QDateTime &dayEnd) = 0;

    // Errors: "duplicate-user".
    virtual Result<bool> addUser(const UserRecord &user) = 0;
    virtual std::optional<UserRecord> user(const QString &name) = 0;
    virtual QList<UserRecord> users() = 0;
    // False when there is no such user. Also ends every session of that user.
    virtual bool disableUser(const QString &name) = 0;
    virtual void recordLogin(const QString &name, const QDateTime &at) = 0;

    virtual void createSession(const SessionRecord &session) = 0;
    virtual std::optional<SessionRecord> session(const QString &tokenDigest,
                                                 const QDateTime &now) = 0;
    virtual void deleteSession(const QString &tokenDigest) = 0;

    virtual void recordLoginFailure(const QString &user, const QDateTime &at) = 0;
    virtual int loginFailuresSince(const QString &user, const QDateTime &since) = 0;
    virtual void clearLoginFailures(const QString &user) = 0;

    // An append-only record of what staff and admins did; never citizens' data.
    virtual void appendAudit(const AuditEntry &entry) = 0;
    // The latest `limit` entries, newest first.
    virtual QList<AuditEntry> auditEntries(int limit) = 0;
    // An entry stamped now; an action ending in "-failed" or "-locked" is recorded as failed.
    void audit(const QString &action, const QString &user, const QString &target,
               const QString &address = {})
    {
        appendAudit({QDateTime::currentDateTimeUtc(), action, user, target,
                     !action.endsWith(QLatin1String("-failed")) &&
                         !action.endsWith(QLatin1String("-locked")),
                     address});
    }

    // Stores a batch in one transaction and says, per rating, whether it was new, an
    // identical resend or a conflicting reuse of its id. Throws StorageError (nothing kept)
    // when the transaction cannot be committed.
    virtual QList<StoreOutcome> storeRatings(const QList<StoredRating> &ratings) = 0;

    // Counts of non-suspect ratings whose effective instant lies in [from, to).
    virtual QList<RatingBucket> ratingBuckets(const QDateTime &from, const QDateTime &to) = 0;
    // Every rating (suspect ones too) whose effective instant lies in [from, to).
    virtual QList<StoredRating> ratingsBetween(const QDateTime &from, const QDateTime &to) = 0;
};

} // namespace hailong
