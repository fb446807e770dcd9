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
    void rename(const QString &id, const QString &name);
    // Whether a kiosk or a rating names the unit: then it stays, or their figures lose it.
    bool isReferenced(const QString &id);
    void remove(const QString &id);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_all;
    SqlStatement m_rename;
    SqlStatement m_referenced;
    SqlStatement m_remove;
};

} // namespace hailong
