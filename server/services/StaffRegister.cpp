#include "services/StaffRegister.h"

#include <QJsonObject>

namespace hailong {

StaffRegister::StaffRegister(Storage &storage)
    : m_storage(storage)
{}

QJsonArray StaffRegister::members(StaffRole role, const QString &centre)
{
    // A member belongs to the centre of their unit.
    QHash<QString, QString> unitNames;
    for (const UnitRecord &unit : m_storage.units()) {
        if (centre.isEmpty() || unit.centreId == centre)
            unitNames.insert(unit.id, unit.name);
    }
    QJsonArray list;
    for (const StaffRecord &member : m_storage.staffMembers()) {
        if (!unitNames.contains(member.unitId))
            continue;
        QJsonObject entry{{QStringLiteral("code"), member.code},
                          {QStringLiteral("unit"), member.unitId},
                          {QStringLiteral("unit_name"), unitNames.value(member.unitId)},
                          {QStringLiteral("counter"), member.counter}};
        if (showsNames(role))
            entry.insert(QStringLiteral("name"), member.name);
        list.append(entry);
    }
    return list;
}

QHash<QString, QString> StaffRegister::names(StaffRole role)
{
    QHash<QString, QString> byCode;
    if (!showsNames(role))
        return byCode;
    for (const StaffRecord &member : m_storage.staffMembers())
        byCode.insert(member.code, member.name);
    return byCode;
}

} // namespace hailong
