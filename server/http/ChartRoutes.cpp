#include "http/ChartRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

namespace {
QHttpServerResponse svg(const QByteArray &bytes)
{
    QHttpServerResponse response(QByteArrayLiteral("image/svg+xml"), bytes);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

ReportLanguage languageOf(const QUrlQuery &query)
{
    return reportLanguageFromCode(query.queryItemValue(QStringLiteral("lang")));
}

// A chart for the signed-in staff: authenticate, then draw.
template <typename Draw>
QHttpServerResponse staffChart(ApiContext &api, const QHttpServerRequest &request, Draw &&draw)
{
    return JsonResponse::guarded([&] {
        const Result<SessionRecord> session = api.staff.authenticate(request, false);
        if (!session)
            return JsonResponse::refusal(session.error());
        return draw(request.query());
    });
}
} // namespace

// The dashboard's charts as SVG (viewer), from the one renderer the PDF report also uses.
void ChartRoutes::install(RouteTable &routes, ApiContext &api)
{
    // ?period=&rule= for a period, or ?date= for one day.
    routes.add(QStringLiteral("/api/v1/charts/indicators.svg"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return staffChart(api, request, [&](const QUrlQuery &query) {
                       Result<Period> period = periodFromQuery(query);
                       if (query.hasQueryItem(QStringLiteral("date"))) {
                           const Result<QDate> date = dateFromQuery(query);
                           if (!date)
                               return JsonResponse::error(HttpStatus::BadRequest, date.error());
                           period = Period::range(date.value(), date.value());
                       }
                       if (!period)
                           return JsonResponse::error(HttpStatus::BadRequest, period.error());
                       return svg(api.charts.indicators(period.value(), languageOf(query)));
                   });
               });
    routes.add(QStringLiteral("/api/v1/charts/hourly.svg"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return staffChart(api, request, [&](const QUrlQuery &query) {
                       const Result<QDate> date = dateFromQuery(query);
                       if (!date)
                           return JsonResponse::error(HttpStatus::BadRequest, date.error());
                       return svg(api.charts.hourly(date.value(), languageOf(query)));
                   });
               });
    routes.add(QStringLiteral("/api/v1/charts/trend.svg"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return staffChart(api, request, [&](const QUrlQuery &query) {
                       const Result<Period> period = periodFromQuery(query);
                       if (!period)
                           return JsonResponse::error(HttpStatus::BadRequest, period.error());
                       const QString step = query.queryItemValue(QStringLiteral("step"));
                       const std::optional<TrendStepKind> kind =
                           step.isEmpty() ? TrendStepKind::Month : trendStepKindFromCode(step);
                       if (!kind)
                           return JsonResponse::error(HttpStatus::BadRequest,
                                                      QStringLiteral("invalid-step"),
                                                      QStringLiteral("step must be week or month"));
                       return svg(api.charts.trend(period.value(), *kind, languageOf(query)));
                   });
               });
}

} // namespace hailong
