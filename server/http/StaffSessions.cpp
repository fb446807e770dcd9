#include "http/StaffSessions.h"

#include "crypto/PasswordHash.h"
#include "crypto/SecretDigest.h"

namespace hailong {

namespace {
const QByteArray cookieName = QByteArrayLiteral("hailong_session");
} // namespace

StaffSessions::StaffSessions(Storage &storage)
    : m_storage(storage)
    , m_decoyHash(PasswordHash::hash(RandomToken::generate()))
{}

Result<StaffLogin> StaffSessions::login(const QString &user, const QString &password)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_storage.loginFailuresSince(user, now.addSecs(-lockoutMinutes * 60)) >= maxFailures) {
        m_storage.audit(QStringLiteral("login-locked"), user, QString());
        return ValidationError{QStringLiteral("locked"),
                               QStringLiteral("Tài khoản tạm khoá do đăng nhập sai nhiều lần / "
                                              "account locked after repeated failures")};
    }
    const std::optional<UserRecord> account = m_storage.user(user);
    const bool verified =
        PasswordHash::verify(password, account ? account->passwordHash : m_decoyHash);
    if (!account || !verified) {
        m_storage.recordLoginFailure(user, now);
        m_storage.audit(QStringLiteral("login-failed"), user, QString());
        return ValidationError{QStringLiteral("invalid-credentials"),
                               QStringLiteral("Sai tên đăng nhập hoặc mật khẩu / wrong user name "
                                              "or password")};
    }
    m_storage.clearLoginFailures(user);
    StaffLogin login{RandomToken::generate(), RandomToken::generate(), *account};
    m_storage.createSession({SecretDigest::tokenDigest(login.sessionToken), account->name,
                             account->role, SecretDigest::tokenDigest(login.csrfToken),
                             now.addSecs(sessionHours * 3600)});
    m_storage.audit(QStringLiteral("login"), user, QString());
    return login;
}

void StaffSessions::logout(const QHttpServerRequest &request)
{
    const QString token = sessionCookie(request);
    if (!token.isEmpty())
        m_storage.deleteSession(SecretDigest::tokenDigest(token));
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
    Result<SessionRecord> session = authenticate(request, changesState);
    if (session && session.value().role == StaffRole::Viewer)
        return ValidationError{QStringLiteral("forbidden"),
                               QStringLiteral("this needs the manager or admin role")};
    return session;
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
