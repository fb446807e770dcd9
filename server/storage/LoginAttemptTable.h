#pragma once

#include "storage/SqlStatement.h"

namespace hailong {

// The login_attempts table: failed logins per account name, for the lockout.
class LoginAttemptTable
{
public:
    explicit LoginAttemptTable(const QSqlDatabase &db);

    void recordFailure(const QString &user, const QDateTime &at);
    int failuresSince(const QString &user, const QDateTime &since);
    void clear(const QString &user);

private:
    SqlStatement m_insert;
    SqlStatement m_count;
    SqlStatement m_clear;
};

} // namespace hailong
