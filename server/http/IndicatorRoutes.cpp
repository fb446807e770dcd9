#include "http/IndicatorRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

namespace {
QHttpServerResponse staffReport(ApiContext &api, const QHttpServerRequest &request,
                                const QString &centre)
{
    const Result<Period> period = periodFromQuery(request.query());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    return JsonResponse::ok(api.indicators.report(period.value(), centre));
}

// Without `centre` the province's (or the one commune's) figures under the commune's name;
// with one, that centre's under its own name (404 unknown-centre for an id no centre has).
QHttpServerResponse publicReport(ApiContext &api, const QHttpServerRequest &request)
{
    const Result<Period> period = periodFromQuery(request.query());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    const QString asked =
        request.query().queryItemValue(QStringLiteral("centre"), QUrl::FullyDecoded);
    if (asked.isEmpty())
        return JsonResponse::ok(
            api.indicators.publicReport(period.value(), api.reports.communeName()));
    const std::optional<CentreRecord> centre = api.administration.centre(asked);
    if (!centre)
        return JsonResponse::error(
            HttpStatus::NotFound,
            {QStringLiteral("unknown-centre"),
             QStringLiteral("Không có trung tâm \"%1\" / no centre \"%1\"").arg(asked)});
    return JsonResponse::ok(api.indicators.publicReport(period.value(), centre->name, centre->id));
}
} // namespace

// GET /api/v1/indicators (staff) and GET /public/indicators?centre= (anyone, with the commune's
// or the centre's name and only the published figures).
void IndicatorRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/indicators"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            return staffReport(api, request, centre.value());
        });
    routes.add(QStringLiteral("/public/indicators"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] { return publicReport(api, request); });
               });
}

} // namespace hailong
