#include "http/AlertRoutes.h"

#include "http/JsonResponse.h"

namespace hailong {

// GET /api/v1/alerts (viewer): what needs attention now, newest first.
void AlertRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/alerts"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<SessionRecord> session = api.staff.authenticate(request, false);
                       if (!session)
                           return JsonResponse::refusal(session.error());
                       return JsonResponse::ok(
                           {{QStringLiteral("alerts"),
                             api.alerts.alerts(QDateTime::currentDateTimeUtc())}});
                   });
               });
}

} // namespace hailong
