#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

namespace hailong {

// The sessions table: staff sessions, stored as digests of the cookie and CSRF tokens.
class SessionTable
{
public:
    explicit SessionTable(const QSqlDatabase &db);

    void insert(const SessionRecord &session);
    std::optional<SessionRecord> findValid(const QString &tokenDigest, const QDateTime &now);
    void remove(const QString &tokenDigest);
    void removeOfUser(const QString &user);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_remove;
    SqlStatement m_removeExpired;
    SqlStatement m_removeOfUser;
};

} // namespace hailong
