#include "http/UserRoutes.h"

#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <QJsonArray>
#include <QUrl>

namespace hailong {

namespace {
QJsonValue instantOrNull(const std::optional<QDateTime> &at)
{
    return at ? QJsonValue(at->toTimeZone(centreTimeZone()).toString(Qt::ISODate))
              : QJsonValue(QJsonValue::Null);
}
} // namespace

// Staff accounts (admin): list, add, disable.
void UserRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/users"), HttpMethod::Get, {StaffRole::Admin, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &) {
                        QJsonArray users;
                        for (const UserRecord &user : api.administration.users())
                            users.append(QJsonObject{
                                {QStringLiteral("name"), user.name},
                                {QStringLiteral("role"), staffRoleCode(user.role)},
                                {QStringLiteral("disabled"), user.disabled},
                                {QStringLiteral("created_at"), instantOrNull(user.createdAt)},
                                {QStringLiteral("last_login"), instantOrNull(user.lastLogin)}});
                        return JsonResponse::ok({{QStringLiteral("users"), users}});
                    });
    routes.addStaff(
        QStringLiteral("/api/v1/users"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const Result<UserRecord> user =
                api.administration.addUser(body.value().value(QLatin1String("name")).toString(),
                                           body.value().value(QLatin1String("role")).toString(),
                                           body.value().value(QLatin1String("password")).toString(),
                                           {session.user, StaffSessions::address(request)});
            if (!user)
                return JsonResponse::error(user.error().code == QLatin1String("duplicate-user")
                                               ? HttpStatus::Conflict
                                               : HttpStatus::BadRequest,
                                           user.error());
            return JsonResponse::ok({{QStringLiteral("name"), user.value().name},
                                     {QStringLiteral("role"), staffRoleCode(user.value().role)}},
                                    HttpStatus::Created);
        });
    routes.addStaff(
        QStringLiteral("/api/v1/users/<arg>/disable"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QString &nameInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const QString name = QUrl::fromPercentEncoding(nameInPath.toUtf8());
            const Result<bool> disabled = api.administration.disableUser(
                name, {session.user, StaffSessions::address(request)});
            if (!disabled)
                return JsonResponse::error(disabled.error().code == QLatin1String("unknown-user")
                                               ? HttpStatus::NotFound
                                               : HttpStatus::Conflict,
                                           disabled.error());
            return JsonResponse::ok(
                {{QStringLiteral("name"), name}, {QStringLiteral("disabled"), true}});
        });
}

} // namespace hailong
