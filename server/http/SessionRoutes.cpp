#include "http/SessionRoutes.h"

#include "http/HeldResponder.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <memory>

namespace hailong {

namespace {
QHttpServerResponse withRetryAfter(QHttpServerResponse response, int seconds)
{
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

// The answer to a login StaffLogin has decided: a session, or why not.
QHttpServerResponse answerLogin(ApiContext &api, const Result<UserRecord> &login)
{
    if (!login) {
        const QString &code = login.error().code;
        if (code == QLatin1String("locked"))
            return withRetryAfter(JsonResponse::error(HttpStatus::TooManyRequests, login.error()),
                                  StaffLogin::lockoutMinutes * 60);
        if (code == QLatin1String("rate-limited"))
            return withRetryAfter(JsonResponse::error(HttpStatus::TooManyRequests, login.error()),
                                  StaffLogin::throttleSeconds);
        if (code == QLatin1String("busy"))
            return withRetryAfter(
                JsonResponse::error(HttpStatus::ServiceUnavailable, login.error()), 5);
        if (code == QLatin1String("storage-unavailable"))
            return JsonResponse::storageUnavailable();
        return JsonResponse::error(HttpStatus::Unauthorized, login.error());
    }
    return JsonResponse::guarded([&] {
        const OpenedSession opened = api.staff.open(login.value());
        QHttpServerResponse response =
            JsonResponse::ok({{QStringLiteral("user"), opened.user.name},
                              {QStringLiteral("role"), staffRoleCode(opened.user.role)},
                              {QStringLiteral("csrf"), opened.csrfToken},
                              {QStringLiteral("centre"), centreOrProvince(opened.user.centreId)}});
        response.addHeader(QByteArrayLiteral("Set-Cookie"),
                           StaffSessions::cookieHeader(opened.sessionToken));
        return response;
    });
}
} // namespace

// POST /api/v1/session logs staff in (the password is checked off the serving thread, so the
// answer comes later); GET /api/v1/session tells the page who is logged in (a reload keeps the
// session); DELETE /api/v1/session logs out.
void SessionRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/session"), HttpMethod::Post,
               [&api](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                   if (!body) {
                       JsonResponse::badBody(body.error()).write(std::move(responder));
                       return;
                   }
                   const QJsonValue user = body.value().value(QLatin1String("user"));
                   const QJsonValue password = body.value().value(QLatin1String("password"));
                   if (!user.isString() || !password.isString() || user.toString().size() > 100) {
                       JsonResponse::error(HttpStatus::BadRequest, QStringLiteral("invalid-login"),
                                           QStringLiteral("user and password are required"))
                           .write(std::move(responder));
                       return;
                   }
                   auto held = std::make_shared<HeldResponder>(std::move(responder));
                   api.staffLogin.verify(
                       user.toString(), password.toString(), StaffSessions::address(request),
                       [&api, held](const Result<UserRecord> &login) {
                           if (held->isConnected())
                               answerLogin(api, login).write(std::move(held->responder()));
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
