#include "http/IndicatorRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

namespace {
// `centre`: empty for every centre's figures.
QHttpServerResponse indicatorReport(ApiContext &api, const QHttpServerRequest &request,
                                    bool forPublic, const QString &centre = {})
{
    const Result<Period> period = periodFromQuery(request.query());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    if (forPublic)
        return JsonResponse::ok(
            api.indicators.publicReport(period.value(), api.reports.communeName()));
    return JsonResponse::ok(api.indicators.report(period.value(), centre));
}
} // namespace

// GET /api/v1/indicators (staff) and GET /public/indicators (anyone, with the commune's name
// and only the published figures).
void IndicatorRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/indicators"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            return indicatorReport(api, request, false, centre.value());
        });
    routes.add(QStringLiteral("/public/indicators"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded(
                       [&] { return indicatorReport(api, request, true); });
               });
}

} // namespace hailong
