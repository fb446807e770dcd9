#include "http/DossierRoutes.h"

#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "rating/RatingValidator.h"
#include "wire/BatchEnvelope.h"

namespace hailong {

namespace {
constexpr int maxDossiers = 1000;

QJsonObject answer(const QList<DossierSubmission> &submissions)
{
    QJsonArray results;
    for (const DossierSubmission &submission : submissions) {
        QJsonObject result{{QStringLiteral("code"), submission.code}};
        if (submission.outcome) {
            result.insert(QStringLiteral("status"), *submission.outcome == DossierOutcome::Accepted
                                                        ? QStringLiteral("accepted")
                                                        : QStringLiteral("updated"));
            result.insert(QStringLiteral("rating_url"), submission.ratingUrl);
        } else {
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("error"), submission.error.code);
            result.insert(QStringLiteral("message"), submission.error.message);
        }
        results.append(result);
    }
    return {{QStringLiteral("results"), results}};
}
} // namespace

// POST /api/v1/dossiers: a one-stop system's dossiers (integration token), a result each, filed
// in the integration's centre.
void DossierRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(
        QStringLiteral("/api/v1/dossiers"), HttpMethod::Post,
        [&api](const QHttpServerRequest &request) {
            return JsonResponse::guarded([&] {
                const Result<IntegrationRecord> caller = api.integrations.authenticate(request);
                if (!caller)
                    return JsonResponse::refusal(caller.error());
                if (!JsonRequest::isJson(request))
                    return JsonResponse::error(HttpStatus::UnsupportedMediaType,
                                               QStringLiteral("unsupported-media-type"),
                                               QStringLiteral("send application/json"));
                const Result<QJsonArray> dossiers =
                    BatchEnvelope::parse(request.body(), QStringLiteral("dossiers"), maxDossiers,
                                         WireLimits::maxBodyBytes);
                if (!dossiers)
                    return JsonResponse::error(dossiers.error().code == QLatin1String("too-large")
                                                   ? HttpStatus::PayloadTooLarge
                                                   : HttpStatus::BadRequest,
                                               dossiers.error());
                return JsonResponse::ok(
                    answer(api.dossiers.submit(dossiers.value(), caller.value().centreId)));
            });
        });
}

} // namespace hailong
