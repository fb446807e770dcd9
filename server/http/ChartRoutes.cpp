#include "http/ChartRoutes.h"

#include "http/CentreScope.h"
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
} // namespace

// The dashboard's charts as SVG (viewer), from the one renderer the PDF report also uses; each of
// the caller's centre (CentreScope).
void ChartRoutes::install(RouteTable &routes, ApiContext &api)
{
    // ?period=&rule= for a period, or ?date= for one day.
    routes.addStaff(
        QStringLiteral("/api/v1/charts/indicators.svg"), HttpMethod::Get,
        {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const QUrlQuery query = request.query();
            Result<Period> period = periodFromQuery(query);
            if (query.hasQueryItem(QStringLiteral("date"))) {
                const Result<QDate> date = dateFromQuery(query);
                if (!date)
                    return JsonResponse::error(HttpStatus::BadRequest, date.error());
                period = Period::range(date.value(), date.value());
            }
            if (!period)
                return JsonResponse::error(HttpStatus::BadRequest, period.error());
            return svg(api.charts.indicators(period.value(), languageOf(query), centre.value()));
        });
    routes.addStaff(
        QStringLiteral("/api/v1/charts/hourly.svg"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const QUrlQuery query = request.query();
            const Result<QDate> date = dateFromQuery(query);
            if (!date)
                return JsonResponse::error(HttpStatus::BadRequest, date.error());
            return svg(api.charts.hourly(date.value(), languageOf(query), centre.value()));
        });
    routes.addStaff(
        QStringLiteral("/api/v1/charts/trend.svg"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const QUrlQuery query = request.query();
            const Result<PeriodChoice<TrendStepKind>> asked = trendFromQuery(query);
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            return svg(api.charts.trend(asked.value().period, asked.value().choice,
                                        languageOf(query), centre.value()));
        });
}

} // namespace hailong
