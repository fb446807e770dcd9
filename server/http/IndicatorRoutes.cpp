#include "http/IndicatorRoutes.h"

#include "http/JsonResponse.h"
#include "period/PeriodRule.h"

#include <QUrlQuery>

namespace hailong {

namespace {
QHttpServerResponse indicatorReport(IndicatorService &indicators, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const Result<Period> period = IndicatorService::resolvePeriod(
        query.queryItemValue(QStringLiteral("period")),
        query.queryItemValue(QStringLiteral("rule")),
        QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    return JsonResponse::ok(indicators.report(period.value()));
}
} // namespace

// GET /api/v1/indicators (staff) and GET /public/indicators (anyone): aggregates only, so
// both give the same document.
void IndicatorRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/indicators"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<SessionRecord> session = api.staff.authenticate(request, false);
                       if (!session)
                           return JsonResponse::refusal(session.error());
                       return indicatorReport(api.indicators, request);
                   });
               });
    routes.add(QStringLiteral("/public/indicators"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded(
                       [&] { return indicatorReport(api.indicators, request); });
               });
}

} // namespace hailong
