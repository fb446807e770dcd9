#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QList>

namespace hailong {

// The staff table: the centre's staff register, the codes ratings may be attributed to.
class StaffTable
{
public:
    explicit StaffTable(const QSqlDatabase &db);

    // `centre`: the member's unit's.
    void insert(const StaffRecord &member, const QString &centre);
    std::optional<StaffRecord> find(const QString &code);
    // By code.
    QList<StaffRecord> all();

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_all;
};

} // namespace hailong
