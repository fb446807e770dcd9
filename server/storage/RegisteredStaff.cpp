#include "storage/RegisteredStaff.h"

namespace hailong {

namespace {
QString unitCode(const QString &unitId, const QString &code)
{
    return unitId + QChar(0x1F) + code;
}
} // namespace

RegisteredStaff::RegisteredStaff(const QList<StaffRecord> &members)
{
    for (const StaffRecord &member : members)
        m_unitCodes.insert(unitCode(member.unitId, member.code));
}

bool RegisteredStaff::attributes(const QString &unitId, const QString &code) const
{
    return m_unitCodes.isEmpty() || m_unitCodes.contains(unitCode(unitId, code));
}

} // namespace hailong
