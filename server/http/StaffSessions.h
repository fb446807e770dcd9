#pragma once

#include "storage/Storage.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace hailong {

// A session just opened: the cookie value and CSRF token exist only here and in the answer.
struct OpenedSession
{
    QString sessionToken;
    QString csrfToken;
    UserRecord user;
};

// Staff login sessions: a random session id in the `hailong_session` cookie (HttpOnly,
// Secure, SameSite=Strict), a CSRF token required as X-CSRF-Token on state-changing
// requests, both stored only as digests. Who may log in is StaffLogin's to decide.
class StaffSessions
{
public:
    static constexpr int sessionHours = 12;

    explicit StaffSessions(Storage &storage);

    // A session for a user whose password StaffLogin has just checked.
    OpenedSession open(const UserRecord &user);
    // Ends the caller's session and writes it to the audit log.
    void logout(const QHttpServerRequest &request, const SessionRecord &session);
    // {"user", "role", "csrf", "centre"} of the caller's (already authenticated) session.
    static QJsonObject describe(const QHttpServerRequest &request, const SessionRecord &session);

    // The caller's session. Errors: "unauthorized"; "csrf" when `changesState` and the
    // X-CSRF-Token header does not match.
    Result<SessionRecord> authenticate(const QHttpServerRequest &request, bool changesState);
    // As authenticate, and the role must be manager or admin. Errors add "forbidden".
    Result<SessionRecord> authenticateManager(const QHttpServerRequest &request, bool changesState);
    // As authenticate, and the role must be at least `minimum`. Errors add "forbidden".
    Result<SessionRecord> authenticateRole(const QHttpServerRequest &request, bool changesState,
                                           StaffRole minimum);

    // The caller's IP address as the audit log shows it.
    static QString address(const QHttpServerRequest &request);

    static QByteArray cookieHeader(const QString &sessionToken);
    static QByteArray clearingCookieHeader();

private:
    static QString sessionCookie(const QHttpServerRequest &request);

    Storage &m_storage;
};

// A user's centre as the session answers give it: its id, or null for a province-wide user.
QJsonValue centreOrProvince(const QString &centreId);

} // namespace hailong
