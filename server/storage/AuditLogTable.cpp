#include "storage/AuditLogTable.h"

namespace hailong {

AuditLogTable::AuditLogTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO audit_log (at, event, actor, detail, ok, address) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"))
    , m_latest(db, QStringLiteral("SELECT at, event, actor, detail, ok, address FROM audit_log "
                                  "ORDER BY at DESC, rowid DESC LIMIT ?"))
{}

void AuditLogTable::append(const AuditEntry &entry)
{
    m_insert.run({toStoredInstant(entry.at), entry.action, entry.user, entry.target,
                  entry.ok ? 1 : 0, entry.address});
}

QList<AuditEntry> AuditLogTable::latest(int limit)
{
    QList<AuditEntry> entries;
    SqlRows rows = m_latest.run({limit});
    while (rows.next())
        entries.append({fromStoredInstant(rows.value(0)), rows.value(1).toString(),
                        rows.value(2).toString(), rows.value(3).toString(),
                        rows.value(4).toInt() != 0, rows.value(5).toString()});
    return entries;
}

} // namespace hailong
