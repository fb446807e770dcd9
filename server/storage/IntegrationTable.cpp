#include "storage/IntegrationTable.h"

namespace hailong {

IntegrationTable::IntegrationTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO integrations (name, token_digest, created_at, "
                                  "centre_id) VALUES (?, ?, ?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM integrations WHERE name = ?"))
    , m_byToken(db, QStringLiteral("SELECT name, created_at, centre_id FROM integrations WHERE "
                                   "token_digest = ?"))
{}

void IntegrationTable::insert(const IntegrationRecord &integration, const QString &tokenDigest)
{
    m_insert.run({integration.name, tokenDigest, toStoredInstant(integration.createdAt),
                  integration.centreId});
}

bool IntegrationTable::exists(const QString &name)
{
    return m_exists.run({name}).next();
}

std::optional<IntegrationRecord> IntegrationTable::findByTokenDigest(const QString &digest)
{
    SqlRows row = m_byToken.run({digest});
    if (!row.next())
        return std::nullopt;
    return IntegrationRecord{row.value(0).toString(), fromStoredInstant(row.value(1)),
                             row.value(2).toString()};
}

} // namespace hailong
