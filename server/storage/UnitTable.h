#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The units table: what each kiosk belongs to, and so which indicators its ratings feed.
class UnitTable
{
public:
    explicit UnitTable(const QSqlDatabase &db);

    void insert(const UnitRecord &unit);
    std::optional<UnitRecord> find(const QString &id);
    QList<UnitRecord> all();

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_all;
};

} // namespace hailong
