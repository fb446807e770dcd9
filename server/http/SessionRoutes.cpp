#include "http/SessionRoutes.h"

#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

namespace hailong {

// POST /api/v1/session logs staff in; GET /api/v1/session tells the page who is logged in
// (a reload keeps the session); DELETE /api/v1/session logs out.
void SessionRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/session"), HttpMethod::Post,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                       if (!body)
                           return JsonResponse::badBody(body.error());
                       const QJsonValue user = body.value().value(QLatin1String("user"));
                       const QJsonValue password = body.value().value(QLatin1String("password"));
                       if (!user.isString() || !password.isString() || user.toString().size() > 100)
                           return JsonResponse::error(
                               HttpStatus::BadRequest, QStringLiteral("invalid-login"),
                               QStringLiteral("user and password are required"));
                       const Result<StaffLogin> login = api.staff.login(
                           user.toString(), password.toString(), StaffSessions::address(request));
                       if (!login) {
                           if (login.error().code == QLatin1String("locked"))
                               return JsonResponse::refusal(login.error());
                           return JsonResponse::error(HttpStatus::Unauthorized, login.error());
                       }
                       QHttpServerResponse response = JsonResponse::ok(
                           {{QStringLiteral("user"), login.value().user.name},
                            {QStringLiteral("role"), staffRoleCode(login.value().user.role)},
                            {QStringLiteral("csrf"), login.value().csrfToken}});
                       response.addHeader(QByteArrayLiteral("Set-Cookie"),
                                          StaffSessions::cookieHeader(login.value().sessionToken));
                       return response;
                   });
               });
    routes.addStaff(QStringLiteral("/api/v1/session"), HttpMethod::Get, {StaffRole::Viewer, false},
                    [](const QHttpServerRequest &request, const SessionRecord &session) {
                        return JsonResponse::ok(StaffSessions::describe(request, session));
                    });
    routes.addStaff(QStringLiteral("/api/v1/session"), HttpMethod::Delete,
                    {StaffRole::Viewer, true},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        api.staff.logout(request, session);
                        QHttpServerResponse response(HttpStatus::NoContent);
                        response.addHeader(QByteArrayLiteral("Set-Cookie"),
                                           StaffSessions::clearingCookieHeader());
                        return response;
                    });
}

} // namespace hailong
