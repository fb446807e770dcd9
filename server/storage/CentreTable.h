#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The centres table: the communes' service centres one database holds.
class CentreTable
{
public:
    explicit CentreTable(const QSqlDatabase &db);

    void insert(const CentreRecord &centre);
    std::optional<CentreRecord> find(const QString &id);
    // By id.
    QList<CentreRecord> all();
    // Gives `name` to every centre that has none (the one a migration made).
    void nameUnnamed(const QString &name);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_all;
    SqlStatement m_nameUnnamed;
};

} // namespace hailong
