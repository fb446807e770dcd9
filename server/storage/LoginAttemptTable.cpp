#include "storage/LoginAttemptTable.h"

namespace hailong {

LoginAttemptTable::LoginAttemptTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral(
                       "INSERT INTO login_attempts (user_name, address, at) VALUES (?, ?, ?)"))
    , m_count(db, QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE user_name = ? AND "
                                 "address = ? AND at >= ?"))
    , m_countAddress(
          db, QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE address = ? AND at >= ?"))
    , m_clear(db, QStringLiteral("DELETE FROM login_attempts WHERE user_name = ? AND address = ?"))
    , m_prune(db, QStringLiteral("DELETE FROM login_attempts WHERE at < ? OR (user_name = '' AND "
                                 "at < ?)"))
{}

void LoginAttemptTable::recordFailure(const QString &user, const QString &address,
                                      const QDateTime &at)
{
    m_insert.run({user, address, toStoredInstant(at)});
}

int LoginAttemptTable::failuresSince(const QString &user, const QString &address,
                                     const QDateTime &since)
{
    SqlRows row = m_count.run({user, address, toStoredInstant(since)});
    return row.next() ? row.value(0).toInt() : 0;
}

int LoginAttemptTable::addressFailuresSince(const QString &address, const QDateTime &since)
{
    SqlRows row = m_countAddress.run({address, toStoredInstant(since)});
    return row.next() ? row.value(0).toInt() : 0;
}

void LoginAttemptTable::clear(const QString &user, const QString &address)
{
    m_clear.run({user, address});
}

void LoginAttemptTable::prune(const QDateTime &before, const QDateTime &unknownBefore)
{
    m_prune.run({toStoredInstant(before), toStoredInstant(unknownBefore)});
}

} // namespace hailong
