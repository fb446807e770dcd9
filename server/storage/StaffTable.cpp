#include "storage/StaffTable.h"

#include <QDateTime>

namespace hailong {

namespace {
StaffRecord memberFromRow(const SqlRows row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
            row.value(3).toString()};
}
} // namespace

StaffTable::StaffTable(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO staff (centre_id, code, name, unit_id, counter, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_find(db, QStringLiteral("SELECT code, name, unit_id, counter FROM staff WHERE code = ?"))
    , m_all(db, QStringLiteral("SELECT code, name, unit_id, counter FROM staff ORDER BY code"))
{}

void StaffTable::insert(const StaffRecord &member, const QString &centre)
{
    m_insert.run({centre, member.code, member.name, member.unitId, member.counter,
                  toStoredInstant(QDateTime::currentDateTimeUtc())});
}

std::optional<StaffRecord> StaffTable::find(const QString &code)
{
    SqlRows row = m_find.run({code});
    if (!row.next())
        return std::nullopt;
    return memberFromRow(row);
}

QList<StaffRecord> StaffTable::all()
{
    QList<StaffRecord> members;
    SqlRows rows = m_all.run();
    while (rows.next())
        members.append(memberFromRow(rows));
    return members;
}

} // namespace hailong
