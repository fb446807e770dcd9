#include "http/RatingRoutes.h"

#include "http/HttpDate.h"
#include "http/IngestQueue.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "rating/RatingBatch.h"

#include <memory>
#include <variant>

namespace hailong {

namespace {
// Checks and prepares a kiosk's batch; an answer when the request is refused before storage.
std::variant<PreparedBatch, QHttpServerResponse> prepareBatch(const QHttpServerRequest &request,
                                                              ApiContext &api)
{
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
    return api.ingest.prepare(batch.value(), kiosk.value(), QDateTime::currentDateTimeUtc(),
                              parseHttpDate(request.value(QByteArrayLiteral("Date"))));
}
} // namespace

// POST /api/v1/ratings: a kiosk's batch; a result per rating, all committed before the answer.
// The batches of requests that arrive together share one commit (IngestQueue).
void RatingRoutes::install(RouteTable &routes, ApiContext &api)
{
    // The route owns its queue: both live as long as the server's routes.
    auto queue = std::make_shared<IngestQueue>(api.ingest);
    routes.add(QStringLiteral("/api/v1/ratings"), HttpMethod::Post,
               [&api, queue](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   std::variant<PreparedBatch, QHttpServerResponse> prepared =
                       [&]() -> std::variant<PreparedBatch, QHttpServerResponse> {
                       try {
                           return prepareBatch(request, api);
                       } catch (const StorageError &fault) {
                           JsonResponse::logStorageFault(fault);
                           return JsonResponse::storageUnavailable();
                       }
                   }();
                   if (auto *refused = std::get_if<QHttpServerResponse>(&prepared)) {
                       refused->write(std::move(responder));
                       return;
                   }
                   queue->enqueue(std::get<PreparedBatch>(std::move(prepared)),
                                  std::move(responder));
               });
}

} // namespace hailong
