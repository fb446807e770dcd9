#include "storage/SessionTable.h"

namespace hailong {

SessionTable::SessionTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO sessions (token_digest, user_name, role, "
                                  "csrf_digest, expires_at) VALUES (?, ?, ?, ?, ?)"))
    // The user's centre is read with the session, so a change of scope counts at once.
    , m_find(db, QStringLiteral("SELECT s.token_digest, s.user_name, s.role, s.csrf_digest, "
                                "s.expires_at, u.centre_id FROM sessions s JOIN users u ON "
                                "u.name = s.user_name WHERE s.token_digest = ? AND s.expires_at "
                                "> ?"))
    , m_remove(db, QStringLiteral("DELETE FROM sessions WHERE token_digest = ?"))
    , m_removeExpired(db, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"))
    , m_removeOfUser(db, QStringLiteral("DELETE FROM sessions WHERE user_name = ?"))
{}

void SessionTable::insert(const SessionRecord &session)
{
    // Expired sessions go when a new one is made, so the table never grows without bound.
    m_removeExpired.run({QDateTime::currentMSecsSinceEpoch()});
    m_insert.run({session.tokenDigest, session.user, staffRoleCode(session.role),
                  session.csrfDigest, toStoredInstant(session.expiresAt)});
}

std::optional<SessionRecord> SessionTable::findValid(const QString &tokenDigest,
                                                     const QDateTime &now)
{
    SqlRows row = m_find.run({tokenDigest, toStoredInstant(now)});
    if (!row.next())
        return std::nullopt;
    return SessionRecord{row.value(0).toString(),
                         row.value(1).toString(),
                         staffRoleFromCode(row.value(2).toString()).value_or(StaffRole::Viewer),
                         row.value(3).toString(),
                         fromStoredInstant(row.value(4)),
                         row.value(5).toString()};
}

void SessionTable::remove(const QString &tokenDigest)
{
    m_remove.run({tokenDigest});
}

void SessionTable::removeOfUser(const QString &user)
{
    m_removeOfUser.run({user});
}

} // namespace hailong
