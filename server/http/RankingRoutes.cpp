#include "http/RankingRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/ranking?period=&rule=&by=staff|counter (viewer): shrunk rates, best first.
void RankingRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/ranking"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &) {
            const Result<PeriodChoice<RankingKey>> asked = periodChoiceFromQuery(
                request.query(), QStringLiteral("by"), RankingKey::Staff, rankingKeyFromCode,
                {QStringLiteral("invalid-ranking"), QStringLiteral("by must be staff or counter")});
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            return JsonResponse::ok(
                api.ranking.ranking(asked.value().period, asked.value().choice));
        });
}

} // namespace hailong
