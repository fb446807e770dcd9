#include "http/StaffSessions.h"

#include "crypto/SecretDigest.h"

namespace hailong {

namespace {
const QByteArray cookieName = QByteArrayLiteral("hailong_session");

// The CSRF token is derived from the session token, so GET /api/v1/session can give it back
// after a page reload although only digests of both are stored. Only a caller holding the
// HttpOnly cookie can make it, and only a same-origin page can read the answer.
QString csrfTokenFor(const QString &sessionToken)
{
    return SecretDigest::keyed(sessionToken.toLatin1(), QByteArrayLiteral("hailong-csrf"));
}
} // namespace

StaffSessions::StaffSessions(Storage &storage)
    : m_storage(storage)
{}

OpenedSession StaffSessions::open(const UserRecord &user)
{
    const QString sessionToken = RandomToken::generate();
    OpenedSession opened{sessionToken, csrfTokenFor(sessionToken), user};
    m_storage.createSession({SecretDigest::tokenDigest(opened.sessionToken), user.name, user.role,
                             SecretDigest::tokenDigest(opened.csrfToken),
                             QDateTime::currentDateTimeUtc().addSecs(sessionHours * 3600),
                             user.centreId});
    return opened;
}

QJsonObject StaffSessions::describe(const QHttpServerRequest &request, const SessionRecord &session)
{
    return {{QStringLiteral("user"), session.user},
            {QStringLiteral("role"), staffRoleCode(session.role)},
            {QStringLiteral("csrf"), csrfTokenFor(sessionCookie(request))},
            {QStringLiteral("centre"), centreOrProvince(session.centreId)}};
}

QJsonValue centreOrProvince(const QString &centreId)
{
    return centreId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(centreId);
}

void StaffSessions::logout(const QHttpServerRequest &request, const SessionRecord &session)
{
    const QString token = sessionCookie(request);
    if (!token.isEmpty())
        m_storage.deleteSession(SecretDigest::tokenDigest(token));
    m_storage.audit(QStringLiteral("logout"), session.user, QString(), address(request));
}

Result<SessionRecord> StaffSessions::authenticate(const QHttpServerRequest &request,
                                                  bool changesState)
{
    const QString token = sessionCookie(request);
    std::optional<SessionRecord> session;
    if (!token.isEmpty())
        session =
            m_storage.session(SecretDigest::tokenDigest(token), QDateTime::currentDateTimeUtc());
    if (!session)
        return ValidationError{QStringLiteral("unauthorized"),
                               QStringLiteral("Cần đăng nhập / a staff session is required")};
    if (changesState) {
        const QString csrf =
            QString::fromLatin1(request.value(QByteArrayLiteral("X-CSRF-Token")).trimmed());
        if (csrf.isEmpty() ||
            !SecretDigest::constantTimeEquals(SecretDigest::tokenDigest(csrf).toLatin1(),
                                              session->csrfDigest.toLatin1()))
            return ValidationError{QStringLiteral("csrf"),
                                   QStringLiteral("missing or wrong X-CSRF-Token")};
    }
    return *session;
}

Result<SessionRecord> StaffSessions::authenticateManager(const QHttpServerRequest &request,
                                                         bool changesState)
{
    return authenticateRole(request, changesState, StaffRole::Manager);
}

Result<SessionRecord> StaffSessions::authenticateRole(const QHttpServerRequest &request,
                                                      bool changesState, StaffRole minimum)
{
    Result<SessionRecord> session = authenticate(request, changesState);
    // The roles are ordered: each includes the one before.
    if (session && int(session.value().role) < int(minimum))
        return ValidationError{
            QStringLiteral("forbidden"),
            QStringLiteral("Không đủ quyền / this needs the %1 role").arg(staffRoleCode(minimum))};
    return session;
}

QString StaffSessions::address(const QHttpServerRequest &request)
{
    QHostAddress peer = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        peer = QHostAddress(v4);
    return peer.toString();
}

QByteArray StaffSessions::cookieHeader(const QString &sessionToken)
{
    return cookieName + '=' + sessionToken.toLatin1() +
           QByteArrayLiteral("; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=") +
           QByteArray::number(sessionHours * 3600);
}

QByteArray StaffSessions::clearingCookieHeader()
{
    return cookieName +
           QByteArrayLiteral("=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0");
}

QString StaffSessions::sessionCookie(const QHttpServerRequest &request)
{
    const QList<QByteArray> cookies = request.value(QByteArrayLiteral("Cookie")).split(';');
    for (const QByteArray &cookie : cookies) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(cookieName + '='))
            return QString::fromLatin1(trimmed.mid(cookieName.size() + 1));
    }
    return {};
}

} // namespace hailong
