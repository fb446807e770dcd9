#include "http/IndicatorRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

namespace {
QHttpServerResponse indicatorReport(ApiContext &api, const QHttpServerRequest &request,
                                    bool forPublic)
{
    const Result<Period> period = periodFromQuery(request.query());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    if (forPublic)
        return JsonResponse::ok(
            api.indicators.publicReport(period.value(), api.reports.communeName()));
    return JsonResponse::ok(api.indicators.report(period.value()));
}
} // namespace

// GET /api/v1/indicators (staff) and GET /public/indicators (anyone, with the commune's name
// and only the published figures).
void IndicatorRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/indicators"), HttpMethod::Get,
                    {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &request, const SessionRecord &) {
                        return indicatorReport(api, request, false);
                    });
    routes.add(QStringLiteral("/public/indicators"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded(
                       [&] { return indicatorReport(api, request, true); });
               });
}

} // namespace hailong
