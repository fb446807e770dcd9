#pragma once

#include "Result.h"
#include "storage/Storage.h"

#include <optional>

namespace hailong {

// Which centre a unit, kiosk or staff account belongs to, so that a centre's admin changes only
// their own centre's and a province-wide admin (acting centre empty) any. A row that does not
// exist passes: the change itself then answers that it is unknown. Error: "forbidden-centre".
class CentreOwnership
{
public:
    explicit CentreOwnership(Storage &storage);

    std::optional<ValidationError> checkUnit(const QString &actingCentre, const QString &unitId);
    std::optional<ValidationError> checkKiosk(const QString &actingCentre, const QString &kioskId);
    // A province-wide account belongs to no centre, so only a province-wide admin changes it.
    std::optional<ValidationError> checkUser(const QString &actingCentre, const QString &name);

private:
    std::optional<QString> centreOfUnit(const QString &unitId);
    static std::optional<ValidationError> check(const QString &actingCentre,
                                                const std::optional<QString> &owner);

    Storage &m_storage;
};

} // namespace hailong
