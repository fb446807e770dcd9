#pragma once

#include "Result.h"

#include <optional>

namespace hailong {

// The ids admins give units, kiosks and staff accounts. They end up in URLs
// (/api/v1/kiosks/{id}/revoke), file names (a kiosk's client certificate), audit lines and
// reports, so they are kept plain: a lower-case letter or digit, then up to 63 lower-case
// letters, digits, '.', '_' or '-'. A staff account's name may also hold upper case.
// Checked where they are created, by the dashboard and the command line alike; a unit's or
// kiosk's display name is free text and is not an id.
class EntityId
{
public:
    // `what` names the id in the message ("unit", "kiosk"). Errors: "invalid-id".
    static std::optional<ValidationError> checkUnitOrKiosk(const QString &id, const QString &what);
    // Errors: "invalid-id".
    static std::optional<ValidationError> checkUserName(const QString &name);
    // A staff member's code, as kiosks and dossiers send it ("NV01"): upper case allowed.
    // Errors: "invalid-id".
    static std::optional<ValidationError> checkStaffCode(const QString &code);
};

} // namespace hailong
