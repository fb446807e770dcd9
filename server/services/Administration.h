#pragma once

#include "services/Actor.h"
#include "storage/Storage.h"

namespace hailong {

// A kiosk just enrolled: its token exists only here and in the one answer that shows it.
struct EnrolledKiosk
{
    KioskRecord kiosk;
    QString token;
};

// A one-stop system just registered: its token exists only here and in the one answer that
// shows it.
struct RegisteredIntegration
{
    IntegrationRecord integration;
    QString token;
};

// Whose figures a new user sees: one centre, every centre (province), or — neither given —
// the only centre there is.
struct UserScope
{
    QString centre;
    bool province = false;
};

// The administration of users, units, kiosks and the staff register, for the dashboard's admin page
// and the command line alike: each change checks its input, changes storage and writes the audit
// log; the reads list what is there and the audit log itself.
class Administration
{
public:
    explicit Administration(Storage &storage);

    // A commune's service centre. Errors: "invalid-id", "invalid-name", "duplicate-centre".
    Result<CentreRecord> addCentre(const QString &id, const QString &name, const Actor &actor);
    // The centre a new unit or user goes to: `asked` when there is such a centre; when none is
    // asked, the only one while there is one. Errors: "unknown-centre", "centre-required"
    // (several centres and none asked).
    Result<QString> centreFor(const QString &asked);
    QList<CentreRecord> centres();
    std::optional<CentreRecord> centre(const QString &id);

    // Errors: "invalid-id" (see EntityId), "invalid-role", "weak-password", "duplicate-user",
    // centreFor's, "invalid-scope" (a centre and province both).
    Result<UserRecord> addUser(const QString &name, const QString &role, const QString &password,
                               const Actor &actor, const UserScope &scope = {});
    // Errors: "unknown-user", "cannot-disable-self".
    Result<bool> disableUser(const QString &name, const Actor &actor);
    // Errors: "unknown-user".
    Result<bool> enableUser(const QString &name, const Actor &actor);
    // An admin sets another's password (which signs that user out everywhere).
    // Errors: "unknown-user", "weak-password".
    Result<bool> resetPassword(const QString &name, const QString &password, const Actor &actor);
    // A signed-in user changes their own password, proving the current one; their sessions
    // stay. Errors: "wrong-password", "weak-password".
    Result<bool> changeOwnPassword(const QString &current, const QString &password,
                                   const Actor &actor);
    // Errors: "invalid-id", "invalid-name", "invalid-kind", "duplicate-unit", centreFor's.
    // `survey` (empty: the built-in one of its kind) is checked by the caller against the
    // centre's surveys; `centre` as centreFor takes it.
    Result<UnitRecord> addUnit(const QString &id, const QString &kind, const QString &name,
                               const Actor &actor, const QString &survey = QString(),
                               const QString &centre = QString());
    // Errors: "unknown-unit", "invalid-name".
    Result<UnitRecord> renameUnit(const QString &id, const QString &name, const Actor &actor);
    // Only a unit nothing refers to yet goes: one added by mistake.
    // Errors: "unknown-unit", "unit-in-use".
    Result<bool> removeUnit(const QString &id, const Actor &actor);
    // Errors: "invalid-id", "invalid-name", "unknown-unit", "duplicate-kiosk".
    Result<EnrolledKiosk> enrolKiosk(const KioskRecord &kiosk, const Actor &actor);
    // enrolKiosk's checks of the kiosk's own fields ("invalid-id", "invalid-name"), for the
    // command line to make before it issues a certificate named after the id.
    static std::optional<ValidationError> checkKiosk(const KioskRecord &kiosk);
    // Errors: "unknown-kiosk".
    Result<bool> revokeKiosk(const QString &id, const Actor &actor);
    // A one-stop system allowed to post dossiers, for `centre` as centreFor takes it.
    // Errors: "invalid-id", "duplicate-integration", centreFor's.
    Result<RegisteredIntegration> addIntegration(const QString &name, const Actor &actor,
                                                 const QString &centre = QString());

    // A member of the staff register, in their unit's centre. Errors: "invalid-id",
    // "invalid-name" (name or counter), "unknown-unit", "duplicate-staff".
    Result<StaffRecord> addStaffMember(const StaffRecord &member, const Actor &actor);

    QList<UserRecord> users();
    QList<UnitRecord> units();
    static constexpr int defaultAuditEntries = 200;
    static constexpr int maxAuditEntries = 1000;
    // The latest `asked` entries (the default when 0 or less, at most the maximum), newest
    // first; `centre`'s only, or every centre's when it is empty.
    QList<AuditEntry> auditEntries(int asked, const QString &centre = {});

    // A name or counter given by an admin: 1–100 characters, no control characters.
    static bool isAcceptableName(const QString &text);

private:
    Storage &m_storage;
};

} // namespace hailong
