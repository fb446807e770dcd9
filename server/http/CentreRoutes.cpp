#include "http/CentreRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/centres?period=&rule= (viewer, province-wide): every centre's indicators and its
// shrunk rate, best first. A centre's user compares nothing: 403 forbidden-centre.
void CentreRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/centres"), HttpMethod::Get, {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        if (!session.centreId.isEmpty())
                            return CentreScope::refusal(
                                {QStringLiteral("forbidden-centre"),
                                 QStringLiteral("Chỉ tài khoản cấp tỉnh so sánh các trung tâm / "
                                                "only a province-wide account compares centres")});
                        const Result<Period> period = periodFromQuery(request.query());
                        if (!period)
                            return JsonResponse::error(HttpStatus::BadRequest, period.error());
                        return JsonResponse::ok(api.centres.comparison(period.value()));
                    });
}

} // namespace hailong
