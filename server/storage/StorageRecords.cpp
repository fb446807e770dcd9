#include "storage/StorageRecords.h"

namespace hailong {

QString staffRoleCode(StaffRole role)
{
    switch (role) {
    case StaffRole::Viewer:
        return QStringLiteral("viewer");
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

std::optional<StaffRole> staffRoleFromCode(const QString &code)
{
    if (code == QLatin1String("viewer"))
        return StaffRole::Viewer;
    if (code == QLatin1String("manager"))
        return StaffRole::Manager;
    if (code == QLatin1String("admin"))
        return StaffRole::Admin;
    return std::nullopt;
}

} // namespace hailong
