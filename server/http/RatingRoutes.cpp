#include "http/RatingRoutes.h"

#include "http/HttpDate.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "rating/RatingBatch.h"

namespace hailong {

// POST /api/v1/ratings: a kiosk's batch; a result per rating, all committed before the answer.
void RatingRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(
        QStringLiteral("/api/v1/ratings"), HttpMethod::Post,
        [&api](const QHttpServerRequest &request) {
            return JsonResponse::guarded([&] {
                const Result<AuthenticatedKiosk> kiosk = api.kiosks.authenticate(request);
                if (!kiosk)
                    return JsonResponse::refusal(kiosk.error());
                if (!JsonRequest::isJson(request))
                    return JsonResponse::error(HttpStatus::UnsupportedMediaType,
                                               QStringLiteral("unsupported-media-type"),
                                               QStringLiteral("send application/json"));
                const Result<QJsonArray> batch = RatingBatch::parse(request.body());
                if (!batch)
                    return JsonResponse::error(batch.error().code == QLatin1String("too-large")
                                                   ? HttpStatus::PayloadTooLarge
                                                   : HttpStatus::BadRequest,
                                               batch.error());
                const QList<RatingOutcome> outcomes =
                    api.ingest.ingest(batch.value(), kiosk.value(), QDateTime::currentDateTimeUtc(),
                                      parseHttpDate(request.value(QByteArrayLiteral("Date"))));
                return JsonResponse::ok(RatingIngest::resultsJson(outcomes));
            });
        });
}

} // namespace hailong
