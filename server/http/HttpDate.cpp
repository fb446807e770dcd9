#include "http/HttpDate.h"

#include <QLocale>

namespace hailong {

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return std::nullopt;
    // Day and month names are English whatever the server's locale.
    QDateTime parsed =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

} // namespace hailong
