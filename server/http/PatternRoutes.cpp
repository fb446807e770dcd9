#include "http/PatternRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

void PatternRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/patterns"), HttpMethod::Get, {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        const Result<QString> centre =
                            CentreScope::of(request, session, api.administration);
                        if (!centre)
                            return CentreScope::refusal(centre.error());
                        if (request.query().hasQueryItem(QStringLiteral("date"))) {
                            const Result<QDate> date = dateFromQuery(request.query());
                            if (!date)
                                return JsonResponse::error(HttpStatus::BadRequest, date.error());
                            return JsonResponse::ok(
                                api.patterns.patterns(date.value(), date.value(), centre.value()));
                        }
                        const Result<Period> period = periodFromQuery(request.query());
                        if (!period)
                            return JsonResponse::error(HttpStatus::BadRequest, period.error());
                        return JsonResponse::ok(api.patterns.patterns(
                            period.value().from(), period.value().to(), centre.value()));
                    });
}

} // namespace hailong
