#include "storage/AuditLogTable.h"

namespace hailong {

AuditLogTable::AuditLogTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral(
                       "INSERT INTO audit_log (at, event, actor, detail) VALUES (?, ?, ?, ?)"))
{}

void AuditLogTable::append(const QDateTime &at, const QString &event, const QString &actor,
                           const QString &detail)
{
    m_insert.run({toStoredInstant(at), event, actor, detail});
}

} // namespace hailong
