#include "http/UnitRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <QJsonArray>
#include <QUrl>

namespace hailong {

namespace {
QJsonObject unitJson(const UnitRecord &unit)
{
    return {{QStringLiteral("id"), unit.id},
            {QStringLiteral("kind"), unitKindCode(unit.kind)},
            {QStringLiteral("name"), unit.name}};
}
} // namespace

// Units (admin): list, add (with "survey" optional: the built-in one of its kind), rename,
// and remove one nothing refers to.
void UnitRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/units"), HttpMethod::Get, {StaffRole::Admin, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &session) {
                        QJsonArray units;
                        for (const UnitRecord &unit : api.administration.units()) {
                            if (session.centreId.isEmpty() || unit.centreId == session.centreId)
                                units.append(unitJson(unit));
                        }
                        return JsonResponse::ok({{QStringLiteral("units"), units}});
                    });
    routes.addStaff(
        QStringLiteral("/api/v1/units"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const QString survey = body.value().value(QLatin1String("survey")).toString();
            if (const std::optional<ValidationError> unknown = api.surveys.checkChoice(survey))
                return JsonResponse::error(HttpStatus::BadRequest, *unknown);
            const Result<UnitRecord> unit = api.administration.addUnit(
                body.value().value(QLatin1String("id")).toString(),
                body.value().value(QLatin1String("kind")).toString(),
                body.value().value(QLatin1String("name")).toString(),
                {session.user, StaffSessions::address(request)}, survey,
                // A centre's admin adds to their own centre only.
                session.centreId.isEmpty() ? body.value().value(QLatin1String("centre")).toString()
                                           : session.centreId);
            if (!unit)
                return JsonResponse::error(unit.error().code == QLatin1String("duplicate-unit")
                                               ? HttpStatus::Conflict
                                               : HttpStatus::BadRequest,
                                           unit.error());
            return JsonResponse::ok(unitJson(unit.value()), HttpStatus::Created);
        });
    routes.addStaff(
        QStringLiteral("/api/v1/units/<arg>"), HttpMethod::Patch, {StaffRole::Admin, true},
        [&api](const QString &idInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const QString id = QUrl::fromPercentEncoding(idInPath.toUtf8());
            if (const auto foreign = api.ownership.checkUnit(session.centreId, id))
                return CentreScope::refusal(*foreign);
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const Result<UnitRecord> unit = api.administration.renameUnit(
                id, body.value().value(QLatin1String("name")).toString(),
                {session.user, StaffSessions::address(request)});
            if (!unit)
                return JsonResponse::error(unit.error().code == QLatin1String("unknown-unit")
                                               ? HttpStatus::NotFound
                                               : HttpStatus::BadRequest,
                                           unit.error());
            return JsonResponse::ok(unitJson(unit.value()));
        });
    routes.addStaff(
        QStringLiteral("/api/v1/units/<arg>"), HttpMethod::Delete, {StaffRole::Admin, true},
        [&api](const QString &idInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const QString id = QUrl::fromPercentEncoding(idInPath.toUtf8());
            if (const auto foreign = api.ownership.checkUnit(session.centreId, id))
                return CentreScope::refusal(*foreign);
            const Result<bool> removed =
                api.administration.removeUnit(id, {session.user, StaffSessions::address(request)});
            if (!removed)
                return JsonResponse::error(removed.error().code == QLatin1String("unknown-unit")
                                               ? HttpStatus::NotFound
                                               : HttpStatus::Conflict,
                                           removed.error());
            return QHttpServerResponse(HttpStatus::NoContent);
        });
}

} // namespace hailong
