#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The audit_log table: logins, failed logins, changes to users, units and kiosks, and
// exports; append-only. Each entry names the centre it concerns ('' for the province's own).
class AuditLogTable
{
public:
    explicit AuditLogTable(const QSqlDatabase &db);

    void append(const AuditEntry &entry);
    // `centre`: that centre's entries; empty, every entry.
    QList<AuditEntry> latest(int limit, const QString &centre);

private:
    SqlStatement m_insert;
    SqlStatement m_latest;
};

} // namespace hailong
