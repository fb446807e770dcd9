#include "storage/UserTable.h"

namespace hailong {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT name, role, password_hash, disabled, created_at, last_login, centre_id FROM users ");

std::optional<QDateTime> optionalInstant(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromStoredInstant(value);
}

UserRecord userFromRow(const SqlRows row)
{
    UserRecord user;
    user.name = row.value(0).toString();
    user.role = staffRoleFromCode(row.value(1).toString()).value_or(StaffRole::Viewer);
    user.passwordHash = row.value(2).toString();
    user.disabled = row.value(3).toInt() != 0;
    user.createdAt = optionalInstant(row.value(4));
    user.lastLogin = optionalInstant(row.value(5));
    user.centreId = row.value(6).toString();
    return user;
}
} // namespace

UserTable::UserTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, "
                                  "centre_id) VALUES (?, ?, ?, ?, ?)"))
    , m_find(db, selectColumns + QStringLiteral("WHERE name = ?"))
    , m_all(db, selectColumns + QStringLiteral("ORDER BY name"))
    , m_disable(db, QStringLiteral("UPDATE users SET disabled = 1 WHERE name = ?"))
    , m_enable(db, QStringLiteral("UPDATE users SET disabled = 0 WHERE name = ?"))
    , m_setPassword(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"))
    , m_login(db, QStringLiteral("UPDATE users SET last_login = ? WHERE name = ?"))
{}

void UserTable::insert(const UserRecord &user)
{
    m_insert.run({user.name, staffRoleCode(user.role), user.passwordHash,
                  toStoredInstant(user.createdAt.value_or(QDateTime::currentDateTimeUtc())),
                  user.centreId});
}

std::optional<UserRecord> UserTable::find(const QString &name)
{
    SqlRows row = m_find.run({name});
    if (!row.next())
        return std::nullopt;
    return userFromRow(row);
}

QList<UserRecord> UserTable::all()
{
    QList<UserRecord> users;
    SqlRows rows = m_all.run();
    while (rows.next())
        users.append(userFromRow(rows));
    return users;
}

void UserTable::disable(const QString &name)
{
    m_disable.run({name});
}

void UserTable::enable(const QString &name)
{
    m_enable.run({name});
}

void UserTable::setPasswordHash(const QString &name, const QString &passwordHash)
{
    m_setPassword.run({passwordHash, name});
}

void UserTable::recordLogin(const QString &name, const QDateTime &at)
{
    m_login.run({toStoredInstant(at), name});
}

} // namespace hailong
