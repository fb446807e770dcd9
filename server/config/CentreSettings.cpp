#include "config/CentreSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

CentreSettings CentreSettings::read(const DataDirectory &data)
{
    CentreSettings settings;
    QFile centre(data.centrePath());
    if (!centre.open(QIODevice::ReadOnly))
        return settings;
    const QJsonObject json = QJsonDocument::fromJson(centre.readAll()).object();
    settings.m_publicUrl = json.value(QLatin1String("public_url")).toString().trimmed();
    while (settings.m_publicUrl.endsWith(QLatin1Char('/')))
        settings.m_publicUrl.chop(1);
    const QJsonValue months = json.value(QLatin1String("comment_retention_months"));
    if (months.isDouble() && months.toDouble() >= 1 && months.toDouble() == months.toInt())
        settings.m_commentRetentionMonths = months.toInt();
    return settings;
}

} // namespace hailong
