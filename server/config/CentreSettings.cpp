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
    const auto positive = [&json](const char *name, int &setting) {
        const QJsonValue value = json.value(QLatin1String(name));
        if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() == value.toInt())
            setting = value.toInt();
    };
    positive("comment_retention_months", settings.m_commentRetentionMonths);
    positive("link_days", settings.m_linkDays);
    positive("case_answer_days", settings.m_caseAnswerDays);
    settings.m_smtp =
        SmtpSettings::fromJson(json.value(QLatin1String("smtp")), &settings.m_smtpProblem);
    return settings;
}

} // namespace hailong
