#include "http/EmbeddedFile.h"

#include "http/JsonResponse.h"

#include <QFile>
#include <QRegularExpression>

namespace hailong {

namespace {
const QByteArray contentSecurityPolicy = QByteArrayLiteral(
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; frame-ancestors 'none'");

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    return {};
}

QHttpServerResponse notFound(const QString &name)
{
    return JsonResponse::error(HttpStatus::NotFound, QStringLiteral("not-found"),
                               QStringLiteral("no such file: ") + name);
}
} // namespace

QHttpServerResponse EmbeddedFile::serve(const QString &folder, const QString &name)
{
    static const QRegularExpression plainName(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*\\.(html|js|css|svg)$"));
    if (!plainName.match(name).hasMatch())
        return notFound(name);
    QFile file(folder + name);
    if (!file.open(QIODevice::ReadOnly))
        return notFound(name);
    QHttpServerResponse response(contentTypeOf(name), file.readAll());
    addSecurityHeaders(response);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

void EmbeddedFile::addSecurityHeaders(QHttpServerResponse &response)
{
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"), contentSecurityPolicy);
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
}

} // namespace hailong
