#include "http/CaCertificateRoute.h"

#include "http/JsonResponse.h"

#include <QSslCertificate>

namespace hailong {

void CaCertificateRoute::install(RouteTable &routes, const QByteArray &caCertificatePem)
{
    // Re-encoded from the parsed certificate, so whatever else the file might hold (a key
    // pasted in by mistake) is never served.
    QByteArray pem;
    for (const QSslCertificate &certificate : QSslCertificate::fromData(caCertificatePem))
        pem += certificate.toPem();
    routes.add(QStringLiteral("/ca.pem"), HttpMethod::Get, [pem](const QHttpServerRequest &) {
        if (pem.isEmpty())
            return JsonResponse::error(HttpStatus::NotFound, QStringLiteral("no-ca"),
                                       QStringLiteral("this server has no CA certificate"));
        return QHttpServerResponse(QByteArrayLiteral("application/x-pem-file"), pem);
    });
}

} // namespace hailong
