#include "http/HealthRoutes.h"

#include "http/JsonResponse.h"

namespace hailong {

// GET /healthz: for monitoring; no auth and no storage access.
void HealthRoutes::install(RouteTable &routes, ApiContext &)
{
    routes.add(QStringLiteral("/healthz"), HttpMethod::Get, [](const QHttpServerRequest &) {
        return JsonResponse::ok({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

} // namespace hailong
