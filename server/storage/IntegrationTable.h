#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

namespace hailong {

// The integrations table: one-stop systems allowed to post dossiers, known only by the digest
// of their token.
class IntegrationTable
{
public:
    explicit IntegrationTable(const QSqlDatabase &db);

    void insert(const IntegrationRecord &integration, const QString &tokenDigest);
    bool exists(const QString &name);
    std::optional<IntegrationRecord> findByTokenDigest(const QString &digest);

private:
    SqlStatement m_insert;
    SqlStatement m_exists;
    SqlStatement m_byToken;
};

} // namespace hailong
