#include "http/RankingRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"
#include "http/StaffNames.h"

namespace hailong {

// GET /api/v1/ranking?period=&rule=&by=staff|counter (viewer): shrunk rates, best first; a
// manager or admin also gets each registered staff member's name.
void RankingRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/ranking"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<PeriodChoice<RankingKey>> asked = periodChoiceFromQuery(
                request.query(), QStringLiteral("by"), RankingKey::Staff, rankingKeyFromCode,
                {QStringLiteral("invalid-ranking"), QStringLiteral("by must be staff or counter")});
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            QJsonObject ranking =
                api.ranking.ranking(asked.value().period, asked.value().choice, centre.value());
            if (asked.value().choice == RankingKey::Staff)
                ranking.insert(QStringLiteral("rows"),
                               withStaffNames(ranking.value(QStringLiteral("rows")).toArray(),
                                              QStringLiteral("key"),
                                              api.staffRegister.names(session.role)));
            return JsonResponse::ok(ranking);
        });
}

} // namespace hailong
