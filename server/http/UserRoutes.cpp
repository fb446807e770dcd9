#include "http/UserRoutes.h"

#include "http/CentreScope.h"
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

// 404 for a user that is not there, else 400 (bad input) or `otherwise`.
QHttpServerResponse refusal(const ValidationError &error,
                            HttpStatus otherwise = HttpStatus::BadRequest)
{
    if (error.code == QLatin1String("unknown-user"))
        return JsonResponse::error(HttpStatus::NotFound, error);
    if (error.code == QLatin1String("weak-password") ||
        error.code == QLatin1String("wrong-password"))
        return JsonResponse::error(HttpStatus::BadRequest, error);
    return JsonResponse::error(otherwise, error);
}

QString userInPath(const QString &nameInPath)
{
    return QUrl::fromPercentEncoding(nameInPath.toUtf8());
}
} // namespace

// Staff accounts (admin): list, add, disable, enable, set a password; and anyone's own
// password (POST /api/v1/session/password).
void UserRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/users"), HttpMethod::Get, {StaffRole::Admin, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &session) {
                        QJsonArray users;
                        for (const UserRecord &user : api.administration.users()) {
                            if (!session.centreId.isEmpty() && user.centreId != session.centreId)
                                continue;
                            users.append(QJsonObject{
                                {QStringLiteral("name"), user.name},
                                {QStringLiteral("role"), staffRoleCode(user.role)},
                                {QStringLiteral("disabled"), user.disabled},
                                {QStringLiteral("created_at"), instantOrNull(user.createdAt)},
                                {QStringLiteral("last_login"), instantOrNull(user.lastLogin)},
                                {QStringLiteral("centre"), user.centreId.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(user.centreId)}});
                        }
                        return JsonResponse::ok({{QStringLiteral("users"), users}});
                    });
    routes.addStaff(
        QStringLiteral("/api/v1/users"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            // A centre's admin adds users of their own centre only; a province admin may say
            // which centre, or make a province-wide user.
            const UserScope scope =
                session.centreId.isEmpty()
                    ? UserScope{body.value().value(QLatin1String("centre")).toString(),
                                body.value().value(QLatin1String("province")).toBool()}
                    : UserScope{session.centreId, false};
            const Result<UserRecord> user =
                api.administration.addUser(body.value().value(QLatin1String("name")).toString(),
                                           body.value().value(QLatin1String("role")).toString(),
                                           body.value().value(QLatin1String("password")).toString(),
                                           {session.user, StaffSessions::address(request)}, scope);
            if (!user)
                return JsonResponse::error(user.error().code == QLatin1String("duplicate-user")
                                               ? HttpStatus::Conflict
                                               : HttpStatus::BadRequest,
                                           user.error());
            return JsonResponse::ok({{QStringLiteral("name"), user.value().name},
                                     {QStringLiteral("role"), staffRoleCode(user.value().role)}},
                                    HttpStatus::Created);
        });
    routes.addStaff(QStringLiteral("/api/v1/users/<arg>/disable"), HttpMethod::Post,
                    {StaffRole::Admin, true},
                    [&api](const QString &nameInPath, const QHttpServerRequest &request,
                           const SessionRecord &session) {
                        const QString name = userInPath(nameInPath);
                        if (const auto foreign = api.ownership.checkUser(session.centreId, name))
                            return CentreScope::refusal(*foreign);
                        const Result<bool> disabled = api.administration.disableUser(
                            name, {session.user, StaffSessions::address(request)});
                        if (!disabled)
                            return refusal(disabled.error(), HttpStatus::Conflict);
                        return JsonResponse::ok(
                            {{QStringLiteral("name"), name}, {QStringLiteral("disabled"), true}});
                    });
    routes.addStaff(QStringLiteral("/api/v1/users/<arg>/enable"), HttpMethod::Post,
                    {StaffRole::Admin, true},
                    [&api](const QString &nameInPath, const QHttpServerRequest &request,
                           const SessionRecord &session) {
                        const QString name = userInPath(nameInPath);
                        if (const auto foreign = api.ownership.checkUser(session.centreId, name))
                            return CentreScope::refusal(*foreign);
                        const Result<bool> enabled = api.administration.enableUser(
                            name, {session.user, StaffSessions::address(request)});
                        if (!enabled)
                            return refusal(enabled.error());
                        return JsonResponse::ok(
                            {{QStringLiteral("name"), name}, {QStringLiteral("disabled"), false}});
                    });
    routes.addStaff(QStringLiteral("/api/v1/users/<arg>/password"), HttpMethod::Post,
                    {StaffRole::Admin, true},
                    [&api](const QString &nameInPath, const QHttpServerRequest &request,
                           const SessionRecord &session) {
                        const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                        if (!body)
                            return JsonResponse::badBody(body.error());
                        const QString name = userInPath(nameInPath);
                        if (const auto foreign = api.ownership.checkUser(session.centreId, name))
                            return CentreScope::refusal(*foreign);
                        const Result<bool> reset = api.administration.resetPassword(
                            name, body.value().value(QLatin1String("password")).toString(),
                            {session.user, StaffSessions::address(request)});
                        if (!reset)
                            return refusal(reset.error());
                        return JsonResponse::ok({{QStringLiteral("name"), name}});
                    });
    routes.addStaff(QStringLiteral("/api/v1/session/password"), HttpMethod::Post,
                    {StaffRole::Viewer, true},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                        if (!body)
                            return JsonResponse::badBody(body.error());
                        const Result<bool> changed = api.administration.changeOwnPassword(
                            body.value().value(QLatin1String("current")).toString(),
                            body.value().value(QLatin1String("password")).toString(),
                            {session.user, StaffSessions::address(request)});
                        if (!changed)
                            return refusal(changed.error());
                        return JsonResponse::ok({{QStringLiteral("name"), session.user}});
                    });
}

} // namespace hailong
