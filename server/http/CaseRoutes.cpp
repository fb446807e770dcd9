#include "http/CaseRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

namespace {
HttpStatus moveRefusalStatus(const ValidationError &error)
{
    if (error.code == QLatin1String("unknown-case"))
        return HttpStatus::NotFound;
    if (error.code == QLatin1String("invalid-move"))
        return HttpStatus::Conflict;
    return HttpStatus::BadRequest;
}
} // namespace

// The cases waiting for an answer (or those of one status), oldest first; a case moved on with
// a note and the action taken.
void CaseRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/cases"), HttpMethod::Get, {StaffRole::Manager, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<QJsonObject> cases = api.cases.list(
                request.query().queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded),
                QDateTime::currentDateTimeUtc(), centre.value());
            if (!cases)
                return JsonResponse::error(HttpStatus::BadRequest, cases.error());
            return JsonResponse::ok(cases.value());
        });
    routes.addStaff(
        QStringLiteral("/api/v1/cases/<arg>"), HttpMethod::Post, {StaffRole::Manager, true},
        [&api](const QString &idInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const Result<QJsonObject> moved =
                api.cases.move(QUrl::fromPercentEncoding(idInPath.toUtf8()), body.value(),
                               {session.user, StaffSessions::address(request)},
                               QDateTime::currentDateTimeUtc(), centre.value());
            if (!moved)
                return JsonResponse::error(moveRefusalStatus(moved.error()), moved.error());
            return JsonResponse::ok(moved.value());
        });
}

} // namespace hailong
