#include "storage/UserTable.h"

namespace hailong {

UserTable::UserTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT name, role, password_hash FROM users WHERE name = ?"))
{}

void UserTable::insert(const UserRecord &user)
{
    m_insert.run({user.name, staffRoleCode(user.role), user.passwordHash});
}

std::optional<UserRecord> UserTable::find(const QString &name)
{
    SqlRows row = m_find.run({name});
    if (!row.next())
        return std::nullopt;
    return UserRecord{row.value(0).toString(),
                      staffRoleFromCode(row.value(1).toString()).value_or(StaffRole::Viewer),
                      row.value(2).toString()};
}

} // namespace hailong
