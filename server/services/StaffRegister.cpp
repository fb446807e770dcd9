#include "services/StaffRegister.h"

#include <QJsonObject>

namespace hailong {

StaffRegister::StaffRegister(Storage &storage)
    : m_storage(storage)
{}

QJsonArray StaffRegister::members(StaffRole role)
{
    QHash<QString, QString> unitNames;
    for (const UnitRecord &unit : m_storage.units())
        unitNames.insert(unit.id, unit.name);
    QJsonArray list;
    for (const StaffRecord &member : m_storage.staffMembers()) {
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
