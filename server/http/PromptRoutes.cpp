#include "http/PromptRoutes.h"

#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "rating/RatingValidator.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

namespace {
Result<CounterPrompt> promptFromBody(const QJsonObject &body, const QString &counter,
                                     const SurveyCatalog &surveys)
{
    CounterPrompt prompt;
    prompt.counter = counter;
    prompt.promptedAt = QDateTime::currentDateTimeUtc();
    for (const auto &[name, target] : {std::pair{QStringLiteral("dossier"), &prompt.dossier},
                                       std::pair{QStringLiteral("field"), &prompt.field},
                                       std::pair{QStringLiteral("staff"), &prompt.staff}}) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return ValidationError{QStringLiteral("wrong-type"),
                                   name + QStringLiteral(" must be text")};
        if (value.toString().size() > WireLimits::maxCodeLength)
            return ValidationError{QStringLiteral("text-too-long"),
                                   name + QStringLiteral(" is too long")};
        *target = value.toString();
    }
    const SurveyDefinition *survey = surveys.find(QStringLiteral("default"));
    if (!prompt.field.isEmpty() && survey && !survey->hasField(prompt.field))
        return ValidationError{QStringLiteral("unknown-field"),
                               QStringLiteral("no service field \"%1\"").arg(prompt.field)};
    return prompt;
}

bool counterHasKiosk(Storage &storage, const QString &counter)
{
    const QList<KioskRecord> kiosks = storage.kiosks();
    return std::any_of(kiosks.cbegin(), kiosks.cend(), [&](const KioskRecord &kiosk) {
        return !kiosk.revoked && kiosk.counter == counter;
    });
}
} // namespace

// POST /api/v1/counters/{counter}/prompt (manager, admin) queues a prompt for the counter's
// kiosk; GET /api/v1/kiosk/prompt?wait=S is that kiosk's long-poll for it.
void PromptRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/counters/<arg>/prompt"), HttpMethod::Post,
                    {StaffRole::Manager, true},
                    [&api](const QString &counterInPath, const QHttpServerRequest &request,
                           const SessionRecord &) {
                        const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                        if (!body)
                            return JsonResponse::badBody(body.error());
                        const QString counter = QUrl::fromPercentEncoding(counterInPath.toUtf8());
                        if (!counterHasKiosk(api.storage, counter))
                            return JsonResponse::error(
                                HttpStatus::NotFound, QStringLiteral("unknown-counter"),
                                QStringLiteral("no kiosk at counter \"%1\"").arg(counter));
                        const Result<CounterPrompt> prompt =
                            promptFromBody(body.value(), counter, api.surveys.catalog());
                        if (!prompt)
                            return JsonResponse::error(HttpStatus::BadRequest, prompt.error());
                        api.prompts.push(prompt.value());
                        return JsonResponse::ok(
                            {{QStringLiteral("status"), QStringLiteral("queued")}},
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
                           api.prompts.take(kiosk->kiosk.counter)) {
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
