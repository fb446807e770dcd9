#include "http/JsonRequest.h"

#include <QJsonDocument>

namespace hailong {

bool JsonRequest::isJson(const QHttpServerRequest &request)
{
    const QByteArray type = request.value(QByteArrayLiteral("Content-Type"));
    return type.split(';').first().trimmed().toLower() == QByteArrayLiteral("application/json");
}

Result<QJsonObject> JsonRequest::object(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ValidationError{QStringLiteral("malformed-json"), parseError.errorString()};
    if (!document.isObject())
        return ValidationError{QStringLiteral("not-an-object"),
                               QStringLiteral("the body must be a JSON object")};
    return document.object();
}

Result<QJsonObject> JsonRequest::jsonObject(const QHttpServerRequest &request)
{
    if (!isJson(request))
        return ValidationError{QStringLiteral("unsupported-media-type"),
                               QStringLiteral("send application/json")};
    return object(request);
}

} // namespace hailong
