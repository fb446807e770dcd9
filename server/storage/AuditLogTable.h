#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The audit_log table: logins, failed logins, changes to users, units and kiosks, and
// exports; append-only.
class AuditLogTable
{
public:
    explicit AuditLogTable(const QSqlDatabase &db);

    void append(const AuditEntry &entry);
    QList<AuditEntry> latest(int limit);

private:
    SqlStatement m_insert;
    SqlStatement m_latest;
};

} // namespace hailong
