#include "services/CentreOwnership.h"

namespace hailong {

CentreOwnership::CentreOwnership(Storage &storage)
    : m_storage(storage)
{}

std::optional<ValidationError> CentreOwnership::checkUnit(const QString &actingCentre,
                                                          const QString &unitId)
{
    return check(actingCentre, centreOfUnit(unitId));
}

std::optional<ValidationError> CentreOwnership::checkKiosk(const QString &actingCentre,
                                                           const QString &kioskId)
{
    for (const KioskRecord &kiosk : m_storage.kiosks()) {
        if (kiosk.id == kioskId)
            return check(actingCentre, centreOfUnit(kiosk.unitId));
    }
    return std::nullopt;
}

std::optional<ValidationError> CentreOwnership::checkUser(const QString &actingCentre,
                                                          const QString &name)
{
    const std::optional<UserRecord> user = m_storage.user(name);
    return check(actingCentre, user ? std::optional<QString>(user->centreId) : std::nullopt);
}

std::optional<QString> CentreOwnership::centreOfUnit(const QString &unitId)
{
    for (const UnitRecord &unit : m_storage.units()) {
        if (unit.id == unitId)
            return unit.centreId;
    }
    return std::nullopt;
}

std::optional<ValidationError> CentreOwnership::check(const QString &actingCentre,
                                                      const std::optional<QString> &owner)
{
    if (actingCentre.isEmpty() || !owner || *owner == actingCentre)
        return std::nullopt;
    return ValidationError{QStringLiteral("forbidden-centre"),
                           QStringLiteral("Tài khoản chỉ quản lý trung tâm %1 / this account "
                                          "manages centre %1 only")
                               .arg(actingCentre)};
}

} // namespace hailong
