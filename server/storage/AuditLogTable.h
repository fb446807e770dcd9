#pragma once

#include "storage/SqlStatement.h"

namespace hailong {

// The audit_log table: logins, failed logins, enrolments and exports, append-only.
class AuditLogTable
{
public:
    explicit AuditLogTable(const QSqlDatabase &db);

    void append(const QDateTime &at, const QString &event, const QString &actor,
                const QString &detail);

private:
    SqlStatement m_insert;
};

} // namespace hailong
