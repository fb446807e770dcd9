#include "http/TrendRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/trend?period=&rule=&step=week|month (viewer): each indicator step by step.
void TrendRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/trend"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<SessionRecord> session = api.staff.authenticate(request, false);
                       if (!session)
                           return JsonResponse::refusal(session.error());
                       const QUrlQuery query = request.query();
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
                       return JsonResponse::ok(
                           api.trends.toJson(api.trends.trend(period.value(), *kind)));
                   });
               });
}

} // namespace hailong
