#include "http/PromptRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

// POST /api/v1/counters/{counter}/prompt[?centre=ID] (manager, admin) queues a prompt for the
// counter's kiosk in the caller's centre; GET /api/v1/kiosk/prompt?wait=S is that kiosk's long-poll
// for it.
void PromptRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/counters/<arg>/prompt"), HttpMethod::Post,
        {StaffRole::Manager, true},
        [&api](const QString &counterInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            // A counter is named within its centre: a province-wide manager names the centre
            // (or there is only one).
            Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (centre && centre.value().isEmpty())
                centre = api.administration.centreFor(QString());
            if (!centre)
                return centre.error().code == QLatin1String("centre-required")
                           ? JsonResponse::error(HttpStatus::BadRequest, centre.error())
                           : CentreScope::refusal(centre.error());
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const QString counter = QUrl::fromPercentEncoding(counterInPath.toUtf8());
            const Result<CounterPrompt> queued =
                api.prompts.queue(centre.value(), counter, body.value());
            if (!queued)
                return JsonResponse::error(queued.error().code == QLatin1String("unknown-counter")
                                               ? HttpStatus::NotFound
                                               : HttpStatus::BadRequest,
                                           queued.error());
            return JsonResponse::ok({{QStringLiteral("status"), QStringLiteral("queued")}},
                                    HttpStatus::Accepted);
        });
    routes.add(QStringLiteral("/api/v1/kiosk/prompt"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   std::optional<AuthenticatedKiosk> kiosk;
                   try {
                       Result<AuthenticatedKiosk> authenticated = api.kiosks.authenticate(request);
                       if (!authenticated) {
                           JsonResponse::refusal(authenticated.error()).write(std::move(responder));
                           return;
                       }
                       kiosk = std::move(authenticated).value();
                   } catch (const StorageError &fault) {
                       JsonResponse::logStorageFault(fault);
                       JsonResponse::storageUnavailable().write(std::move(responder));
                       return;
                   }
                   if (const std::optional<CounterPrompt> prompt =
                           api.prompts.take(kiosk->unit.centreId, kiosk->kiosk.counter)) {
                       JsonResponse::write(responder, prompt->toJson());
                       return;
                   }
                   const int wait = request.query().queryItemValue(QStringLiteral("wait")).toInt();
                   if (wait <= 0) {
                       responder.write(QByteArray(), {}, HttpStatus::NoContent);
                       return;
                   }
                   api.polls.hold(*kiosk, std::move(responder), wait);
               });
}

} // namespace hailong
