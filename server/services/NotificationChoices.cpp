#include "services/NotificationChoices.h"

#include "services/NotificationKind.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hailong {

namespace {
ValidationError invalid(const QString &message)
{
    return {QStringLiteral("invalid-notifications"), message};
}

// One address, no display name, nothing a mail header could be split on.
bool isAddress(const QString &email)
{
    static const QRegularExpression address(
        QStringLiteral("^[^@\\s<>,;:\"()\\[\\]\\\\]+@[^@\\s<>,;:\"()\\[\\]\\\\]+\\.[^@\\s<>,;:\"()"
                       "\\[\\]\\\\.]+$"));
    return email.size() <= NotificationChoices::maxEmailLength && address.match(email).hasMatch();
}
} // namespace

NotificationChoices::NotificationChoices(Storage &storage, const StaffNotifications &notifications)
    : m_storage(storage)
    , m_notifications(notifications)
{}

QJsonObject NotificationChoices::choice(const SessionRecord &session)
{
    const std::optional<NotificationChoiceRecord> stored =
        m_storage.notificationChoice(session.centreId, session.user);
    QJsonObject mail = m_notifications.status();
    if (session.role != StaffRole::Admin) {
        for (const QString &key : mail.keys()) {
            if (key != QLatin1String("enabled") && key != QLatin1String("last_error_at"))
                mail.remove(key);
        }
    }
    return {{QStringLiteral("email"), stored ? stored->email : QString()},
            {QStringLiteral("kinds"),
             QJsonArray::fromStringList(stored ? stored->kinds : QStringList())},
            {QStringLiteral("available"), QJsonArray::fromStringList(NotificationKind::all())},
            {QStringLiteral("mail"), mail}};
}

Result<QJsonObject> NotificationChoices::update(const SessionRecord &session,
                                                const QJsonObject &body, const Actor &actor)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("email") && it.key() != QLatin1String("kinds"))
            return invalid(
                QStringLiteral("Không có mục \"%1\" / unknown key \"%1\"").arg(it.key()));
    }
    const QJsonValue emailValue = body.value(QLatin1String("email"));
    const QJsonValue kindsValue = body.value(QLatin1String("kinds"));
    if (!emailValue.isString() || !kindsValue.isArray())
        return invalid(QStringLiteral("Cần \"email\" (chuỗi) và \"kinds\" (danh sách) / "
                                      "\"email\" (a string) and \"kinds\" (a list) are required"));
    const QString email = emailValue.toString().trimmed();
    QStringList kinds;
    for (const QJsonValue &kind : kindsValue.toArray()) {
        if (!kind.isString() || !NotificationKind::all().contains(kind.toString()))
            return invalid(QStringLiteral("Loại thông báo không có / unknown kind of notice"));
        if (!kinds.contains(kind.toString()))
            kinds.append(kind.toString());
    }
    if (!email.isEmpty() && !isAddress(email))
        return invalid(QStringLiteral("Địa chỉ thư điện tử không hợp lệ / not an e-mail address"));
    if (email.isEmpty() && !kinds.isEmpty())
        return invalid(QStringLiteral("Cần địa chỉ thư điện tử để nhận thông báo / an e-mail "
                                      "address is needed for notices"));
    m_storage.putNotificationChoice(
        {session.user, email, kinds, QDateTime::currentDateTimeUtc(), session.centreId});
    m_storage.audit(QStringLiteral("notification-settings"), actor.user,
                    kinds.isEmpty() ? QStringLiteral("-") : kinds.join(QLatin1Char(',')),
                    actor.address);
    return choice(session);
}

} // namespace hailong
