#include "storage/CentreTable.h"

namespace hailong {

CentreTable::CentreTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO centres (id, name, created_at) VALUES (?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT id, name FROM centres WHERE id = ?"))
    , m_all(db, QStringLiteral("SELECT id, name FROM centres ORDER BY id"))
    , m_nameUnnamed(db, QStringLiteral("UPDATE centres SET name = ? WHERE name = ''"))
{}

void CentreTable::insert(const CentreRecord &centre)
{
    m_insert.run({centre.id, centre.name, QDateTime::currentMSecsSinceEpoch()});
}

std::optional<CentreRecord> CentreTable::find(const QString &id)
{
    SqlRows row = m_find.run({id});
    if (!row.next())
        return std::nullopt;
    return CentreRecord{row.value(0).toString(), row.value(1).toString()};
}

QList<CentreRecord> CentreTable::all()
{
    QList<CentreRecord> centres;
    SqlRows rows = m_all.run();
    while (rows.next())
        centres.append({rows.value(0).toString(), rows.value(1).toString()});
    return centres;
}

void CentreTable::nameUnnamed(const QString &name)
{
    m_nameUnnamed.run({name});
}

} // namespace hailong
