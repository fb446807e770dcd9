#include "http/JsonResponse.h"

#include <QJsonDocument>

namespace hailong {

namespace {
const QByteArray jsonType = QByteArrayLiteral("application/json");
} // namespace

QHttpServerResponse JsonResponse::ok(const QJsonObject &body, HttpStatus status)
{
    QHttpServerResponse response(jsonType, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QByteArray JsonResponse::errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

QHttpServerResponse JsonResponse::error(HttpStatus status, const QString &code,
                                        const QString &message)
{
    QHttpServerResponse response(jsonType, errorBody(code, message), status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse JsonResponse::error(HttpStatus status, const ValidationError &failure)
{
    return error(status, failure.code, failure.message);
}

QHttpServerResponse JsonResponse::refusal(const ValidationError &failure)
{
    if (failure.code == QLatin1String("forbidden") || failure.code == QLatin1String("csrf"))
        return error(HttpStatus::Forbidden, failure);
    if (failure.code == QLatin1String("locked") || failure.code == QLatin1String("rate-limited")) {
        QHttpServerResponse response = error(HttpStatus::TooManyRequests, failure);
        response.setHeader(QByteArrayLiteral("Retry-After"), failure.code == QLatin1String("locked")
                                                                 ? QByteArrayLiteral("900")
                                                                 : QByteArrayLiteral("1"));
        return response;
    }
    if (failure.code == QLatin1String("storage-unavailable"))
        return storageUnavailable();
    return error(HttpStatus::Unauthorized, failure);
}

QHttpServerResponse JsonResponse::badBody(const ValidationError &failure)
{
    return error(failure.code == QLatin1String("unsupported-media-type")
                     ? HttpStatus::UnsupportedMediaType
                     : HttpStatus::BadRequest,
                 failure);
}

QHttpServerResponse JsonResponse::storageUnavailable()
{
    return error(HttpStatus::ServiceUnavailable, QStringLiteral("storage-unavailable"),
                 QStringLiteral("Không ghi được dữ liệu, vui lòng gửi lại sau / storage is "
                                "unavailable, retry later"));
}

void JsonResponse::logStorageFault(const StorageError &fault)
{
    qWarning("storage unavailable: %s", fault.what());
}

void JsonResponse::write(QHttpServerResponder &responder, const QJsonObject &body,
                         HttpStatus status)
{
    write(responder, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

void JsonResponse::write(QHttpServerResponder &responder, const QByteArray &json, HttpStatus status)
{
    responder.write(json,
                    {{QByteArrayLiteral("Content-Type"), jsonType},
                     {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                    status);
}

} // namespace hailong
