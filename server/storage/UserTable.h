#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

namespace hailong {

// The users table: staff accounts with a role and a slow password hash.
class UserTable
{
public:
    explicit UserTable(const QSqlDatabase &db);

    void insert(const UserRecord &user);
    std::optional<UserRecord> find(const QString &name);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
};

} // namespace hailong
