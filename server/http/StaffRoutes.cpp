#include "http/StaffRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"
#include "period/PeriodRule.h"

#include <QUrl>

namespace hailong {

namespace {
enum class SheetFormat { Json, Pdf };

std::optional<SheetFormat> sheetFormatFromCode(const QString &code)
{
    if (code == QLatin1String("json"))
        return SheetFormat::Json;
    if (code == QLatin1String("pdf"))
        return SheetFormat::Pdf;
    return std::nullopt;
}

// The `year` query item: this year (centre time) when absent; -1 when it is not a number, which
// the service refuses like any year out of range.
int yearFromQuery(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("year"));
    if (text.isEmpty())
        return QDateTime::currentDateTime().toTimeZone(centreTimeZone()).date().year();
    bool number = false;
    const int year = text.toInt(&number);
    return number && text.size() == 4 ? year : -1;
}

HttpStatus statusOf(const ValidationError &error)
{
    if (error.code == QLatin1String("unknown-staff"))
        return HttpStatus::NotFound;
    if (error.code == QLatin1String("duplicate-staff"))
        return HttpStatus::Conflict;
    if (error.code == QLatin1String("report-failed"))
        return HttpStatus::InternalServerError;
    return HttpStatus::BadRequest;
}
} // namespace

// The staff register: GET /api/v1/staff (viewer; names for managers and admins only),
// POST /api/v1/staff (admin) adds a member as `staff add` does, and
// GET /api/v1/staff/{code}/sheet?year=&rule=&format=json|pdf (manager), the yearly sheet.
void StaffRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/staff"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            return JsonResponse::ok({{QStringLiteral("staff"),
                                      api.staffRegister.members(session.role, centre.value())}});
        });
    routes.addStaff(
        QStringLiteral("/api/v1/staff"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const auto text = [&body](const char *key) {
                return body.value().value(QLatin1String(key)).toString();
            };
            if (const auto foreign = api.ownership.checkUnit(session.centreId, text("unit")))
                return CentreScope::refusal(*foreign);
            const Result<StaffRecord> added = api.administration.addStaffMember(
                {text("code"), text("name"), text("unit"), text("counter")},
                {session.user, StaffSessions::address(request)});
            if (!added)
                return JsonResponse::error(statusOf(added.error()), added.error());
            return JsonResponse::ok({{QStringLiteral("code"), added.value().code},
                                     {QStringLiteral("name"), added.value().name},
                                     {QStringLiteral("unit"), added.value().unitId},
                                     {QStringLiteral("counter"), added.value().counter}},
                                    HttpStatus::Created);
        });
    routes.addStaff(
        QStringLiteral("/api/v1/staff/<arg>/sheet"), HttpMethod::Get, {StaffRole::Manager, false},
        [&api](const QString &codeInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const QUrlQuery query = request.query();
            const Result<SheetFormat> format = choiceFromQuery(
                query, QStringLiteral("format"), SheetFormat::Json, sheetFormatFromCode,
                {QStringLiteral("invalid-format"), QStringLiteral("format must be json or pdf")});
            if (!format)
                return JsonResponse::error(HttpStatus::BadRequest, format.error());
            const Result<PeriodRule> rule = choiceFromQuery(
                query, QStringLiteral("rule"), PeriodRule::Nd09, periodRuleFromCode,
                {QStringLiteral("invalid-rule"), QStringLiteral("rule must be nd09 or calendar")});
            if (!rule)
                return JsonResponse::error(HttpStatus::BadRequest, rule.error());
            const Result<StaffSheet> sheet =
                api.staffSheets.sheet(QUrl::fromPercentEncoding(codeInPath.toUtf8()),
                                      yearFromQuery(query), rule.value(), centre.value());
            if (!sheet)
                return JsonResponse::error(statusOf(sheet.error()), sheet.error());
            const Actor actor{session.user, StaffSessions::address(request)};
            if (format.value() == SheetFormat::Json) {
                api.staffSheets.auditRead(sheet.value(), actor);
                return JsonResponse::ok(sheet.value().toJson());
            }
            const Result<QByteArray> pdf = api.staffSheets.pdf(sheet.value(), actor);
            if (!pdf)
                return JsonResponse::error(statusOf(pdf.error()), pdf.error());
            QHttpServerResponse response(QByteArrayLiteral("application/pdf"), pdf.value());
            response.setHeader(QByteArrayLiteral("Content-Disposition"),
                               QByteArrayLiteral("attachment; filename=\"") +
                                   sheet.value().fileName().toLatin1() + '"');
            response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
            return response;
        });
}

} // namespace hailong
