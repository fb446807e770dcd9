#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The users table: staff accounts with a role, a slow password hash and whether they are
// disabled.
class UserTable
{
public:
    explicit UserTable(const QSqlDatabase &db);

    void insert(const UserRecord &user);
    std::optional<UserRecord> find(const QString &name);
    QList<UserRecord> all();
    void disable(const QString &name);
    void enable(const QString &name);
    void setPasswordHash(const QString &name, const QString &passwordHash);
    void recordLogin(const QString &name, const QDateTime &at);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_all;
    SqlStatement m_disable;
    SqlStatement m_enable;
    SqlStatement m_setPassword;
    SqlStatement m_login;
};

} // namespace hailong
