#include "http/RankingRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/ranking?period=&rule=&by=staff|counter (viewer): shrunk rates, best first.
void RankingRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/ranking"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<SessionRecord> session = api.staff.authenticate(request, false);
                       if (!session)
                           return JsonResponse::refusal(session.error());
                       const QUrlQuery query = request.query();
                       const Result<Period> period = periodFromQuery(query);
                       if (!period)
                           return JsonResponse::error(HttpStatus::BadRequest, period.error());
                       const QString by = query.queryItemValue(QStringLiteral("by"));
                       const std::optional<RankingKey> key =
                           by.isEmpty() ? RankingKey::Staff : rankingKeyFromCode(by);
                       if (!key)
                           return JsonResponse::error(
                               HttpStatus::BadRequest, QStringLiteral("invalid-ranking"),
                               QStringLiteral("by must be staff or counter"));
                       return JsonResponse::ok(api.ranking.ranking(period.value(), *key));
                   });
               });
}

} // namespace hailong
