#include "http/TrendRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/trend?period=&rule=&step=week|month (viewer): each indicator step by step.
void TrendRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/trend"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<PeriodChoice<TrendStepKind>> asked = trendFromQuery(request.query());
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            return JsonResponse::ok(api.trends.toJson(
                api.trends.trend(asked.value().period, asked.value().choice, centre.value())));
        });
}

} // namespace hailong
