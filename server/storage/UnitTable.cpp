#include "storage/UnitTable.h"

namespace hailong {

namespace {
UnitRecord unitFromRow(const SqlRows row)
{
    return {row.value(0).toString(),
            unitKindFromCode(row.value(1).toString()).value_or(UnitKind::Admin),
            row.value(2).toString(), row.value(3).toString(), row.value(4).toString()};
}
} // namespace

UnitTable::UnitTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO units (id, kind, name, survey, centre_id) VALUES "
                                  "(?, ?, ?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT id, kind, name, survey, centre_id FROM units WHERE id = ?"))
    , m_all(db, QStringLiteral("SELECT id, kind, name, survey, centre_id FROM units ORDER BY id"))
    , m_rename(db, QStringLiteral("UPDATE units SET name = ? WHERE id = ?"))
    , m_referenced(db, QStringLiteral("SELECT 1 FROM kiosks WHERE unit_id = ? UNION ALL "
                                      "SELECT 1 FROM ratings WHERE unit_id = ? LIMIT 1"))
    , m_remove(db, QStringLiteral("DELETE FROM units WHERE id = ?"))
{}

void UnitTable::insert(const UnitRecord &unit)
{
    m_insert.run({unit.id, unitKindCode(unit.kind), unit.name, unit.survey, unit.centreId});
}

std::optional<UnitRecord> UnitTable::find(const QString &id)
{
    SqlRows row = m_find.run({id});
    if (!row.next())
        return std::nullopt;
    return unitFromRow(row);
}

QList<UnitRecord> UnitTable::all()
{
    QList<UnitRecord> units;
    SqlRows rows = m_all.run();
    while (rows.next())
        units.append(unitFromRow(rows));
    return units;
}

void UnitTable::rename(const QString &id, const QString &name)
{
    m_rename.run({name, id});
}

bool UnitTable::isReferenced(const QString &id)
{
    return m_referenced.run({id, id}).next();
}

void UnitTable::remove(const QString &id)
{
    m_remove.run({id});
}

} // namespace hailong
