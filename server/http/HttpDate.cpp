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
    if (parsed.isValid()) {
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    }
    // The older RFC 2822 form with a numeric zone ("… 08:49:37 +0000") is accepted too.
    parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace hailong
