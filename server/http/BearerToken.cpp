#include "http/BearerToken.h"

namespace hailong {

QString bearerToken(const QHttpServerRequest &request)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.toLower().startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

} // namespace hailong
