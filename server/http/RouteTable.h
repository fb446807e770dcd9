#pragma once

#include "http/JsonResponse.h"
#include "http/StaffSessions.h"

#include <QHttpServer>
#include <QList>
#include <QRegularExpression>
#include <type_traits>
#include <utility>

namespace hailong {

using HttpMethod = QHttpServerRequest::Method;

// Who may call a staff route: the least role, and whether the call changes state (then the
// X-CSRF-Token header must match the session's).
struct StaffAccess
{
    StaffRole minimum = StaffRole::Viewer;
    bool changesState = false;
};

// Registers routes on the QHttpServer and remembers their paths, so a request that matches a
// path with another method gets 405 (with Allow) and anything else a JSON 404.
class RouteTable
{
public:
    // `staff` checks the sessions of staff routes; it must outlive the server's routes.
    RouteTable(QHttpServer &server, StaffSessions &staff);

    template <typename Handler> void add(const QString &path, HttpMethod method, Handler &&handler)
    {
        remember(path, method);
        m_server.route(path, method, std::forward<Handler>(handler));
    }

    // A route for signed-in staff. The session is checked before the handler runs (a refusal
    // answers 401, 403 or 429) and a storage fault answers 503. The handler takes
    // (request, session), or (argument, request, session) when the path has an <arg>.
    template <typename Handler>
    void addStaff(const QString &path, HttpMethod method, StaffAccess access, Handler handler)
    {
        if constexpr (std::is_invocable_v<const Handler &, const QHttpServerRequest &,
                                          const SessionRecord &>) {
            add(path, method,
                [&staff = m_staff, access, handler](const QHttpServerRequest &request) {
                    return answerStaff(staff, access, request, [&](const SessionRecord &session) {
                        return handler(request, session);
                    });
                });
        } else {
            add(path, method,
                [&staff = m_staff, access, handler](const QString &argument,
                                                    const QHttpServerRequest &request) {
                    return answerStaff(staff, access, request, [&](const SessionRecord &session) {
                        return handler(argument, request, session);
                    });
                });
        }
    }

    // Installs the 404/405 answer; call once all routes are added.
    void answerUnknownRoutes();

private:
    struct KnownPath
    {
        QRegularExpression pattern;
        HttpMethod method;
    };

    template <typename Answer>
    static QHttpServerResponse answerStaff(StaffSessions &staff, StaffAccess access,
                                           const QHttpServerRequest &request, Answer &&answer)
    {
        return JsonResponse::guarded([&] {
            const Result<SessionRecord> session =
                staff.authenticateRole(request, access.changesState, access.minimum);
            if (!session)
                return JsonResponse::refusal(session.error());
            return answer(session.value());
        });
    }

    void remember(const QString &path, HttpMethod method);

    QHttpServer &m_server;
    StaffSessions &m_staff;
    QList<KnownPath> m_known;
};

} // namespace hailong
