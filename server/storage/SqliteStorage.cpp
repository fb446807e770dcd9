#include "storage/SqliteStorage.h"

#include "storage/AuditLogTable.h"
#include "storage/KioskTable.h"
#include "storage/LoginAttemptTable.h"
#include "storage/Migrations.h"
#include "storage/RatingTable.h"
#include "storage/SessionTable.h"
#include "storage/UnitTable.h"
#include "storage/UserTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hailong {

struct SqliteStorage::Tables
{
    explicit Tables(const QSqlDatabase &db)
        : db(db)
        , units(db)
        , kiosks(db)
        , users(db)
        , sessions(db)
        , loginAttempts(db)
        , auditLog(db)
        , ratings(db)
    {}

    QSqlDatabase db;
    UnitTable units;
    KioskTable kiosks;
    UserTable users;
    SessionTable sessions;
    LoginAttemptTable loginAttempts;
    AuditLogTable auditLog;
    RatingTable ratings;
};

SqliteStorage::SqliteStorage(const QString &path)
    : m_connectionName(QStringLiteral("hailong-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(
            QStringLiteral("cannot open database %1: %2").arg(path, reason).toStdString());
    }
    execOrThrow(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    execOrThrow(db, QStringLiteral("PRAGMA synchronous=FULL"));
    execOrThrow(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    Migrations::apply(db);
    m_tables = std::make_unique<Tables>(db);
}

SqliteStorage::~SqliteStorage()
{
    if (m_tables) {
        QSqlDatabase db = m_tables->db;
        m_tables.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<bool> SqliteStorage::addUnit(const UnitRecord &unit)
{
    if (m_tables->units.find(unit.id))
        return ValidationError{QStringLiteral("duplicate-unit"),
                               QStringLiteral("unit \"%1\" already exists").arg(unit.id)};
    m_tables->units.insert(unit);
    return true;
}

std::optional<UnitRecord> SqliteStorage::unit(const QString &id)
{
    return m_tables->units.find(id);
}

QList<UnitRecord> SqliteStorage::units()
{
    return m_tables->units.all();
}

Result<bool> SqliteStorage::addKiosk(const KioskRecord &kiosk, const QString &tokenDigest)
{
    if (!m_tables->units.find(kiosk.unitId))
        return ValidationError{QStringLiteral("unknown-unit"),
                               QStringLiteral("unit \"%1\" does not exist").arg(kiosk.unitId)};
    if (m_tables->kiosks.exists(kiosk.id))
        return ValidationError{QStringLiteral("duplicate-kiosk"),
                               QStringLiteral("kiosk \"%1\" already exists").arg(kiosk.id)};
    m_tables->kiosks.insert(kiosk, tokenDigest);
    return true;
}

std::optional<AuthenticatedKiosk> SqliteStorage::kioskByTokenDigest(const QString &digest)
{
    return m_tables->kiosks.findByTokenDigest(digest);
}

QList<KioskRecord> SqliteStorage::kiosks()
{
    return m_tables->kiosks.all();
}

void SqliteStorage::recordKioskSeen(const QString &kioskId, const QDateTime &at,
                                    std::optional<int> queued)
{
    m_tables->kiosks.recordSeen(kioskId, at, queued);
}

void SqliteStorage::recordKioskClockSkew(const QString &kioskId, qint64 seconds)
{
    m_tables->kiosks.recordClockSkew(kioskId, seconds);
}

bool SqliteStorage::revokeKiosk(const QString &kioskId)
{
    if (!m_tables->kiosks.exists(kioskId))
        return false;
    m_tables->kiosks.revoke(kioskId);
    return true;
}

QHash<QString, KioskRatingStats> SqliteStorage::kioskRatingStats(const QDateTime &dayStart,
                                                                 const QDateTime &dayEnd)
{
    return m_tables->ratings.kioskStats(dayStart, dayEnd);
}

Result<bool> SqliteStorage::addUser(const UserRecord &user)
{
    if (m_tables->users.find(user.name))
        return ValidationError{QStringLiteral("duplicate-user"),
                               QStringLiteral("user \"%1\" already exists").arg(user.name)};
    m_tables->users.insert(user);
    return true;
}

std::optional<UserRecord> SqliteStorage::user(const QString &name)
{
    return m_tables->users.find(name);
}

QList<UserRecord> SqliteStorage::users()
{
    return m_tables->users.all();
}

bool SqliteStorage::disableUser(const QString &name)
{
    if (!m_tables->users.find(name))
        return false;
    m_tables->users.disable(name);
    m_tables->sessions.removeOfUser(name);
    return true;
}

void SqliteStorage::recordLogin(const QString &name, const QDateTime &at)
{
    m_tables->users.recordLogin(name, at);
}

void SqliteStorage::createSession(const SessionRecord &session)
{
    m_tables->sessions.insert(session);
}

std::optional<SessionRecord> SqliteStorage::session(const QString &tokenDigest,
                                                    const QDateTime &now)
{
    return m_tables->sessions.findValid(tokenDigest, now);
}

void SqliteStorage::deleteSession(const QString &tokenDigest)
{
    m_tables->sessions.remove(tokenDigest);
}

void SqliteStorage::recordLoginFailure(const QString &user, const QDateTime &at)
{
    m_tables->loginAttempts.recordFailure(user, at);
}

int SqliteStorage::loginFailuresSince(const QString &user, const QDateTime &since)
{
    return m_tables->loginAttempts.failuresSince(user, since);
}

void SqliteStorage::clearLoginFailures(const QString &user)
{
    m_tables->loginAttempts.clear(user);
}

void SqliteStorage::appendAudit(const AuditEntry &entry)
{
    m_tables->auditLog.append(entry);
}

QList<AuditEntry> SqliteStorage::auditEntries(int limit)
{
    return m_tables->auditLog.latest(limit);
}

QList<StoreOutcome> SqliteStorage::storeRatings(const QList<StoredRating> &ratings)
{
    // One transaction per batch: a single fsync acknowledges every rating in it.
    execOrThrow(m_tables->db, QStringLiteral("BEGIN IMMEDIATE"));
    QList<StoreOutcome> outcomes;
    outcomes.reserve(ratings.size());
    try {
        for (const StoredRating &stored : ratings) {
            const std::optional<QString> existing =
                m_tables->ratings.fingerprintOf(stored.rating.id);
            if (!existing) {
                m_tables->ratings.insert(stored);
                outcomes.append(StoreOutcome::Accepted);
            } else if (*existing == stored.fingerprint) {
                outcomes.append(StoreOutcome::Duplicate);
            } else {
                outcomes.append(StoreOutcome::Conflict);
            }
        }
        execOrThrow(m_tables->db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(m_tables->db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return outcomes;
}

QList<RatingBucket> SqliteStorage::ratingBuckets(const QDateTime &from, const QDateTime &to)
{
    return m_tables->ratings.buckets(from, to);
}

QList<StoredRating> SqliteStorage::ratingsBetween(const QDateTime &from, const QDateTime &to)
{
    return m_tables->ratings.between(from, to);
}

} // namespace hailong
