#include "storage/AuditLogTable.h"

namespace hailong {

AuditLogTable::AuditLogTable(const QSqlDatabase &db)
    // The centre: the one given, else the acting user's ('' for a province-wide user), else
    // the only centre while there is one (a command run on the server, a login under a name no
    // account has), else none ('': the province's).
    : m_insert(db, QStringLiteral("INSERT INTO audit_log (at, event, actor, detail, ok, address, "
                                  "centre_id) VALUES (?, ?, ?, ?, ?, ?, COALESCE(NULLIF(CAST(? AS "
                                  "TEXT), ''), (SELECT centre_id FROM users WHERE name = ?), "
                                  "(SELECT CASE WHEN COUNT(*) = 1 THEN MIN(id) END FROM centres), "
                                  "''))"))
    , m_latest(db, QStringLiteral("SELECT at, event, actor, detail, ok, address, centre_id FROM "
                                  "audit_log WHERE CAST(? AS TEXT) = '' OR centre_id = ? ORDER BY "
                                  "at DESC, rowid DESC LIMIT ?"))
{}

void AuditLogTable::append(const AuditEntry &entry)
{
    m_insert.run({toStoredInstant(entry.at), entry.action, entry.user, entry.target,
                  entry.ok ? 1 : 0, entry.address, entry.centreId, entry.user});
}

QList<AuditEntry> AuditLogTable::latest(int limit, const QString &centre)
{
    QList<AuditEntry> entries;
    SqlRows rows = m_latest.run({centre, centre, limit});
    while (rows.next())
        entries.append({fromStoredInstant(rows.value(0)), rows.value(1).toString(),
                        rows.value(2).toString(), rows.value(3).toString(),
                        rows.value(4).toInt() != 0, rows.value(5).toString(),
                        rows.value(6).toString()});
    return entries;
}

} // namespace hailong
