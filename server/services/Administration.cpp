#include "services/Administration.h"

#include "crypto/PasswordHash.h"
#include "crypto/SecretDigest.h"
#include "services/EntityId.h"
#include "services/StaffLogin.h"

#include <algorithm>

namespace hailong {

namespace {
ValidationError invalidName(const QString &what)
{
    return {QStringLiteral("invalid-name"),
            QStringLiteral("%1 phải có 1–100 ký tự / %1 must be 1–100 characters").arg(what)};
}

ValidationError unknownUser(const QString &name)
{
    return {QStringLiteral("unknown-user"), QStringLiteral("no user \"%1\"").arg(name)};
}
} // namespace

Administration::Administration(Storage &storage)
    : m_storage(storage)
{}

bool Administration::isAcceptableName(const QString &text)
{
    if (text.trimmed().isEmpty() || text.size() > 100)
        return false;
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

Result<CentreRecord> Administration::addCentre(const QString &id, const QString &name,
                                               const Actor &actor)
{
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(id, QStringLiteral("centre")))
        return *invalid;
    if (!isAcceptableName(name))
        return invalidName(QStringLiteral("name"));
    const CentreRecord centre{id, name.trimmed()};
    const Result<bool> added = m_storage.addCentre(centre);
    if (!added)
        return added.error();
    m_storage.audit(QStringLiteral("centre-add"), actor.user, id, actor.address);
    return centre;
}

Result<QString> Administration::centreFor(const QString &asked)
{
    if (!asked.isEmpty()) {
        if (!m_storage.centre(asked))
            return ValidationError{
                QStringLiteral("unknown-centre"),
                QStringLiteral("Không có trung tâm \"%1\" / no centre \"%1\"").arg(asked)};
        return asked;
    }
    const QList<CentreRecord> all = m_storage.centres();
    if (all.size() == 1)
        return all.first().id;
    QStringList ids;
    for (const CentreRecord &centre : all)
        ids.append(centre.id);
    return ValidationError{QStringLiteral("centre-required"),
                           QStringLiteral("Có %1 trung tâm (%2): hãy nói trung tâm nào / there are "
                                          "%1 centres (%2): say which centre")
                               .arg(all.size())
                               .arg(ids.join(QLatin1String(", ")))};
}

std::optional<CentreRecord> Administration::centre(const QString &id)
{
    return m_storage.centre(id);
}

QList<CentreRecord> Administration::centres()
{
    return m_storage.centres();
}

Result<UserRecord> Administration::addUser(const QString &name, const QString &role,
                                           const QString &password, const Actor &actor,
                                           const UserScope &scope)
{
    if (const std::optional<ValidationError> invalid = EntityId::checkUserName(name))
        return *invalid;
    const std::optional<StaffRole> parsedRole = staffRoleFromCode(role);
    if (!parsedRole)
        return ValidationError{QStringLiteral("invalid-role"),
                               QStringLiteral("role must be viewer, manager or admin")};
    if (const std::optional<ValidationError> weak = StaffLogin::checkNewPassword(password))
        return *weak;
    if (scope.province && !scope.centre.isEmpty())
        return ValidationError{
            QStringLiteral("invalid-scope"),
            QStringLiteral("Người dùng thuộc một trung tâm hoặc toàn tỉnh, không "
                           "cả hai / a user is of one centre or province-wide, "
                           "not both")};
    QString centre;
    if (!scope.province) {
        const Result<QString> chosen = centreFor(scope.centre);
        if (!chosen)
            return chosen.error();
        centre = chosen.value();
    }
    const UserRecord user =
        UserRecord::create(name, *parsedRole, PasswordHash::hash(password), centre);
    const Result<bool> added = m_storage.addUser(user);
    if (!added)
        return added.error();
    m_storage.audit(QStringLiteral("user-add"), actor.user, name, actor.address);
    return user;
}

Result<bool> Administration::disableUser(const QString &name, const Actor &actor)
{
    if (name == actor.user)
        return ValidationError{QStringLiteral("cannot-disable-self"),
                               QStringLiteral("Không thể tự khoá tài khoản của mình / an admin "
                                              "cannot disable themself")};
    if (!m_storage.disableUser(name))
        return unknownUser(name);
    m_storage.audit(QStringLiteral("user-disable"), actor.user, name, actor.address);
    return true;
}

Result<bool> Administration::enableUser(const QString &name, const Actor &actor)
{
    if (!m_storage.enableUser(name))
        return unknownUser(name);
    m_storage.audit(QStringLiteral("user-enable"), actor.user, name, actor.address);
    return true;
}

Result<bool> Administration::resetPassword(const QString &name, const QString &password,
                                           const Actor &actor)
{
    if (!m_storage.user(name))
        return unknownUser(name);
    if (const std::optional<ValidationError> weak = StaffLogin::checkNewPassword(password))
        return *weak;
    m_storage.setUserPassword(name, PasswordHash::hash(password), true);
    m_storage.audit(QStringLiteral("user-password-reset"), actor.user, name, actor.address);
    return true;
}

Result<bool> Administration::changeOwnPassword(const QString &current, const QString &password,
                                               const Actor &actor)
{
    const std::optional<UserRecord> user = m_storage.user(actor.user);
    if (!user || !PasswordHash::verify(current, user->passwordHash))
        return ValidationError{QStringLiteral("wrong-password"),
                               QStringLiteral("the current password is wrong")};
    if (const std::optional<ValidationError> weak = StaffLogin::checkNewPassword(password))
        return *weak;
    m_storage.setUserPassword(actor.user, PasswordHash::hash(password), false);
    m_storage.audit(QStringLiteral("password-change"), actor.user, actor.user, actor.address);
    return true;
}

Result<UnitRecord> Administration::addUnit(const QString &id, const QString &kind,
                                           const QString &name, const Actor &actor,
                                           const QString &survey, const QString &centre)
{
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(id, QStringLiteral("unit")))
        return *invalid;
    if (!isAcceptableName(name))
        return invalidName(QStringLiteral("name"));
    const std::optional<UnitKind> parsedKind = unitKindFromCode(kind);
    if (!parsedKind)
        return ValidationError{QStringLiteral("invalid-kind"),
                               QStringLiteral("kind must be admin, health or education")};
    const Result<QString> owner = centreFor(centre);
    if (!owner)
        return owner.error();
    const UnitRecord unit{id, *parsedKind, name, survey, owner.value()};
    const Result<bool> added = m_storage.addUnit(unit);
    if (!added)
        return added.error();
    m_storage.audit(QStringLiteral("unit-add"), actor.user, id, actor.address);
    return unit;
}

Result<UnitRecord> Administration::renameUnit(const QString &id, const QString &name,
                                              const Actor &actor)
{
    if (!isAcceptableName(name))
        return invalidName(QStringLiteral("name"));
    if (!m_storage.renameUnit(id, name))
        return ValidationError{QStringLiteral("unknown-unit"),
                               QStringLiteral("no unit \"%1\"").arg(id)};
    m_storage.audit(QStringLiteral("unit-rename"), actor.user, id, actor.address);
    return *m_storage.unit(id);
}

Result<bool> Administration::removeUnit(const QString &id, const Actor &actor)
{
    const Result<bool> removed = m_storage.removeUnit(id);
    if (!removed)
        return removed.error();
    m_storage.audit(QStringLiteral("unit-remove"), actor.user, id, actor.address);
    return true;
}

std::optional<ValidationError> Administration::checkKiosk(const KioskRecord &kiosk)
{
    if (std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(kiosk.id, QStringLiteral("kiosk")))
        return invalid;
    if (!isAcceptableName(kiosk.unitId) ||
        (!kiosk.counter.isEmpty() && !isAcceptableName(kiosk.counter)))
        return invalidName(QStringLiteral("unit, counter"));
    return std::nullopt;
}

Result<EnrolledKiosk> Administration::enrolKiosk(const KioskRecord &kiosk, const Actor &actor)
{
    if (const std::optional<ValidationError> invalid = checkKiosk(kiosk))
        return *invalid;
    EnrolledKiosk enrolled{kiosk, RandomToken::generate(32)};
    const Result<bool> added = m_storage.addKiosk(kiosk, SecretDigest::tokenDigest(enrolled.token));
    if (!added)
        return added.error();
    m_storage.audit(QStringLiteral("kiosk-add"), actor.user, kiosk.id, actor.address);
    return enrolled;
}

Result<bool> Administration::revokeKiosk(const QString &id, const Actor &actor)
{
    if (!m_storage.revokeKiosk(id))
        return ValidationError{QStringLiteral("unknown-kiosk"),
                               QStringLiteral("no kiosk \"%1\"").arg(id)};
    m_storage.audit(QStringLiteral("kiosk-revoke"), actor.user, id, actor.address);
    return true;
}

Result<RegisteredIntegration>
Administration::addIntegration(const QString &name, const Actor &actor, const QString &centre)
{
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(name, QStringLiteral("integration")))
        return *invalid;
    const Result<QString> chosen = centreFor(centre);
    if (!chosen)
        return chosen.error();
    RegisteredIntegration registered{{name, QDateTime::currentDateTimeUtc(), chosen.value()},
                                     RandomToken::generate(32)};
    const Result<bool> added = m_storage.addIntegration(
        registered.integration, SecretDigest::tokenDigest(registered.token));
    if (!added)
        return added.error();
    m_storage.audit(QStringLiteral("integration-add"), actor.user, name, actor.address,
                    chosen.value());
    return registered;
}

Result<StaffRecord> Administration::addStaffMember(const StaffRecord &member, const Actor &actor)
{
    if (const std::optional<ValidationError> invalid = EntityId::checkStaffCode(member.code))
        return *invalid;
    if (!isAcceptableName(member.name))
        return invalidName(QStringLiteral("name"));
    if (!member.counter.isEmpty() && !isAcceptableName(member.counter))
        return invalidName(QStringLiteral("counter"));
    const Result<bool> added = m_storage.addStaffMember(member);
    if (!added)
        return added.error();
    // The code only: a person's name stays out of the audit log's target.
    const std::optional<UnitRecord> unit = m_storage.unit(member.unitId);
    m_storage.audit(QStringLiteral("staff-add"), actor.user, member.code, actor.address,
                    unit ? unit->centreId : QString());
    return member;
}

QList<UserRecord> Administration::users()
{
    return m_storage.users();
}

QList<UnitRecord> Administration::units()
{
    return m_storage.units();
}

QList<AuditEntry> Administration::auditEntries(int asked, const QString &centre)
{
    return m_storage.auditEntries(
        asked > 0 ? std::min(asked, maxAuditEntries) : defaultAuditEntries, centre);
}

} // namespace hailong
