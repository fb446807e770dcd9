#pragma once

#include "Result.h"
#include "services/Actor.h"
#include "services/StaffNotifications.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace hailong {

// Each staff member's own e-mail notifications (GET/PUT /api/v1/me/notifications): the
// address and the kinds chosen (NotificationKind). Every role may choose; what a mail carries
// follows the role (StaffNotifications).
class NotificationChoices
{
public:
    static constexpr qsizetype maxEmailLength = 254;

    NotificationChoices(Storage &storage, const StaffNotifications &notifications);

    // {"email","kinds":[…],"available":[…],"mail":…}; an empty address and no kinds before the
    // user chose. "mail" is StaffNotifications::status() for an admin, who runs the relay; for
    // the others only whether mail is on and when it last failed.
    QJsonObject choice(const SessionRecord &session);
    // Replaces the user's choice by {"email","kinds"} (an empty address with no kinds turns
    // every notice off), audited as "notification-settings". Errors: "invalid-notifications"
    // (400; nothing changed).
    Result<QJsonObject> update(const SessionRecord &session, const QJsonObject &body,
                               const Actor &actor);

private:
    Storage &m_storage;
    const StaffNotifications &m_notifications;
};

} // namespace hailong
