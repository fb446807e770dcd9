#include "http/LinkRatingRoutes.h"

#include "http/BearerToken.h"
#include "http/EmbeddedFile.h"
#include "http/EnrolmentQr.h"
#include "http/JsonRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>

namespace hailong {

namespace {
// The page with the link's state and the survey in its JSON data block. '<' is escaped, so
// no text in it (a centre's name, a survey's labels) can close the block.
QHttpServerResponse page(const QJsonObject &data)
{
    QFile file(QStringLiteral(":/rate/rate.html"));
    file.open(QIODevice::ReadOnly);
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    json.replace('<', QByteArrayLiteral("\\u003c"));
    static const QHash<QString, HttpStatus> statuses{
        {QStringLiteral("open"), HttpStatus::Ok},
        {QStringLiteral("used"), HttpStatus::Conflict},
        {QStringLiteral("expired"), HttpStatus::Gone},
        {QStringLiteral("unknown"), HttpStatus::NotFound}};
    QHttpServerResponse response(
        QByteArrayLiteral("text/html; charset=utf-8"),
        file.readAll().replace(QByteArrayLiteral("@LINK_DATA@"), json),
        statuses.value(data.value(QLatin1String("state")).toString(), HttpStatus::NotFound));
    EmbeddedFile::addSecurityHeaders(response);
    // The token is in the address: no other site learns it, and no cache keeps the page.
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

std::optional<QHttpServerResponse> throttled(AddressRateLimiter &limiter,
                                             const QHttpServerRequest &request)
{
    const std::optional<int> wait = limiter.refuse(StaffSessions::address(request));
    if (!wait)
        return std::nullopt;
    QHttpServerResponse response =
        JsonResponse::error(HttpStatus::TooManyRequests, QStringLiteral("rate-limited"),
                            QStringLiteral("Quá nhiều yêu cầu, xin thử lại sau / too many "
                                           "requests, try again later"));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*wait));
    return response;
}

QHttpServerResponse submitted(const Result<bool> &result)
{
    if (result)
        return JsonResponse::ok({{QStringLiteral("status"), QStringLiteral("accepted")}},
                                HttpStatus::Created);
    const QString &code = result.error().code;
    if (code == QLatin1String("unknown-link"))
        return JsonResponse::error(HttpStatus::NotFound, result.error());
    if (code == QLatin1String("link-used"))
        return JsonResponse::error(HttpStatus::Conflict, result.error());
    if (code == QLatin1String("link-expired"))
        return JsonResponse::error(HttpStatus::Gone, result.error());
    return JsonResponse::error(HttpStatus::BadRequest, result.error());
}

// A manager's session, or a one-stop system's token when the request carries one: the centre
// whose dossiers the caller reads (empty: a province-wide manager, every centre's), or the
// refusal.
Result<QString> readerCentre(ApiContext &api, const QHttpServerRequest &request)
{
    if (!bearerToken(request).isEmpty()) {
        const Result<IntegrationRecord> caller = api.integrations.authenticate(request);
        if (!caller)
            return caller.error();
        return caller.value().centreId;
    }
    const Result<SessionRecord> session = api.staff.authenticateManager(request, false);
    if (!session)
        return session.error();
    return session.value().centreId;
}

QHttpServerResponse ratingLink(ApiContext &api, const QString &code,
                               const QHttpServerRequest &request)
{
    const Result<QString> reader = readerCentre(api, request);
    if (!reader)
        return JsonResponse::refusal(reader.error());
    QString format = request.query().queryItemValue(QStringLiteral("format"));
    if (format.isEmpty())
        format = QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("svg") &&
        format != QLatin1String("png"))
        return JsonResponse::error(HttpStatus::BadRequest, QStringLiteral("invalid-format"),
                                   QStringLiteral("format is json, svg or png"));
    // Another centre's dossier is as unknown as one that does not exist.
    const std::optional<DossierRatingLink> link = api.linkRatings.linkOf(code, reader.value());
    if (!link)
        return JsonResponse::error(HttpStatus::NotFound, QStringLiteral("unknown-dossier"),
                                   QStringLiteral("Không có hồ sơ này / no such dossier"));
    if (format == QLatin1String("json"))
        return JsonResponse::ok(
            {{QStringLiteral("code"), code},
             {QStringLiteral("rating_url"), link->url},
             {QStringLiteral("expires_at"), link->expiresAt.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("used"), link->used}});
    const Result<QByteArray> qr =
        format == QLatin1String("svg") ? EnrolmentQr::svg(link->url) : EnrolmentQr::png(link->url);
    if (!qr)
        return JsonResponse::error(HttpStatus::InternalServerError, qr.error());
    QHttpServerResponse response(format == QLatin1String("svg") ? QByteArrayLiteral("image/svg+xml")
                                                                : QByteArrayLiteral("image/png"),
                                 qr.value());
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}
} // namespace

void LinkRatingRoutes::install(RouteTable &routes, ApiContext &api)
{
    // A segment with a dot is one of the page's files (a token never has one); files are the
    // same for everyone and cost no lookup, so only tokens count towards the limit.
    routes.add(QStringLiteral("/r/<arg>"), HttpMethod::Get,
               [&api](const QString &segment, const QHttpServerRequest &request) {
                   if (segment.contains(QLatin1Char('.')))
                       return EmbeddedFile::serve(QStringLiteral(":/rate/"), segment);
                   if (std::optional<QHttpServerResponse> refused =
                           throttled(api.linkRateLimiter, request))
                       return std::move(*refused);
                   return JsonResponse::guarded([&] {
                       return page(
                           api.linkRatings.pageData(segment, QDateTime::currentDateTimeUtc()));
                   });
               });
    routes.add(QStringLiteral("/api/v1/link-ratings"), HttpMethod::Post,
               [&api](const QHttpServerRequest &request) {
                   if (std::optional<QHttpServerResponse> refused =
                           throttled(api.linkRateLimiter, request))
                       return std::move(*refused);
                   return JsonResponse::guarded([&] {
                       const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                       if (!body)
                           return JsonResponse::badBody(body.error());
                       return submitted(
                           api.linkRatings.submit(body.value(), QDateTime::currentDateTimeUtc()));
                   });
               });
    routes.add(QStringLiteral("/api/v1/dossiers/<arg>/rating-link"), HttpMethod::Get,
               [&api](const QString &code, const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] { return ratingLink(api, code, request); });
               });
}

} // namespace hailong
