#pragma once

#include "storage/SqlStatement.h"

namespace hailong {

// The login_attempts table: failed staff logins by account name (empty for a name no account
// has) and address, for the lockout and the throttle; rows are pruned once they stop counting.
class LoginAttemptTable
{
public:
    explicit LoginAttemptTable(const QSqlDatabase &db);

    void recordFailure(const QString &user, const QString &address, const QDateTime &at);
    int failuresSince(const QString &user, const QString &address, const QDateTime &since);
    int addressFailuresSince(const QString &address, const QDateTime &since);
    void clear(const QString &user, const QString &address);
    void prune(const QDateTime &before, const QDateTime &unknownBefore);

private:
    SqlStatement m_insert;
    SqlStatement m_count;
    SqlStatement m_countAddress;
    SqlStatement m_clear;
    SqlStatement m_prune;
};

} // namespace hailong
