#include "config/SmtpSettings.h"

#include <QJsonObject>
#include <QUrl>

namespace hailong {

std::optional<SmtpSettings> SmtpSettings::fromJson(const QJsonValue &block, QString *problem)
{
    problem->clear();
    if (block.isUndefined() || block.isNull())
        return std::nullopt;
    if (!block.isObject()) {
        *problem = QStringLiteral("\"smtp\" must be an object");
        return std::nullopt;
    }
    const QJsonObject json = block.toObject();
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString().trimmed();
    };
    SmtpSettings settings;
    settings.url = text("url");
    settings.from = text("from");
    settings.user = text("user");
    settings.password = json.value(QLatin1String("password")).toString();
    settings.caFile = text("ca_file");
    const QUrl url(settings.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))) {
        *problem = QStringLiteral("\"smtp.url\" must be smtp://HOST:PORT or smtps://HOST:PORT");
        return std::nullopt;
    }
    if (!settings.from.contains(QLatin1Char('@'))) {
        *problem = QStringLiteral("\"smtp.from\" must be an e-mail address");
        return std::nullopt;
    }
    if (json.contains(QLatin1String("digest_at"))) {
        settings.digestAt = QTime::fromString(text("digest_at"), QStringLiteral("HH:mm"));
        if (!settings.digestAt.isValid()) {
            *problem = QStringLiteral("\"smtp.digest_at\" must be HH:MM");
            return std::nullopt;
        }
    }
    return settings;
}

} // namespace hailong
