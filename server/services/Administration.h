#pragma once

#include "storage/Storage.h"

namespace hailong {

// Who made a change and from where, for the audit log.
struct Actor
{
    QString user;
    QString address;
};

// A kiosk just enrolled: its token exists only here and in the one answer that shows it.
struct EnrolledKiosk
{
    KioskRecord kiosk;
    QString token;
};

// The administration page's changes to users, units and kiosks. Each checks its input,
// changes storage and writes the audit log.
class Administration
{
public:
    static constexpr int minPasswordLength = 10;

    explicit Administration(Storage &storage);

    // Errors: "invalid-name", "invalid-role", "weak-password", "duplicate-user".
    Result<UserRecord> addUser(const QString &name, const QString &role, const QString &password,
                               const Actor &actor);
    // Errors: "unknown-user", "cannot-disable-self".
    Result<bool> disableUser(const QString &name, const Actor &actor);
    // Errors: "invalid-name", "invalid-kind", "duplicate-unit".
    Result<UnitRecord> addUnit(const QString &id, const QString &kind, const QString &name,
                               const Actor &actor);
    // Errors: "invalid-name", "unknown-unit", "duplicate-kiosk".
    Result<EnrolledKiosk> enrolKiosk(const KioskRecord &kiosk, const Actor &actor);
    // Errors: "unknown-kiosk".
    Result<bool> revokeKiosk(const QString &id, const Actor &actor);

    // An id or name given by an admin: 1–100 characters, no control characters.
    static bool isAcceptableName(const QString &text);

private:
    Storage &m_storage;
};

} // namespace hailong
