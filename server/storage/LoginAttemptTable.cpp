#include "storage/LoginAttemptTable.h"

namespace hailong {

LoginAttemptTable::LoginAttemptTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO login_attempts (user_name, at) VALUES (?, ?)"))
    , m_count(db,
              QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE user_name = ? AND at >= ?"))
    , m_clear(db, QStringLiteral("DELETE FROM login_attempts WHERE user_name = ?"))
{}

void LoginAttemptTable::recordFailure(const QString &user, const QDateTime &at)
{
    m_insert.run({user, toStoredInstant(at)});
}

int LoginAttemptTable::failuresSince(const QString &user, const QDateTime &since)
{
    SqlRows row = m_count.run({user, toStoredInstant(since)});
    return row.next() ? row.value(0).toInt() : 0;
}

void LoginAttemptTable::clear(const QString &user)
{
    m_clear.run({user});
}

} // namespace hailong
