#include "services/SurveyProvider.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

SurveyProvider SurveyProvider::fromFolder(const QString &folder, QStringList *problems)
{
    SurveyProvider provider;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("%1: cannot read").arg(file.fileName()));
            continue;
        }
        const Result<SurveyDefinition> survey =
            SurveyDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!survey) {
            problems->append(QStringLiteral("%1: %2").arg(file.fileName(), survey.error().message));
            continue;
        }
        provider.m_catalog.add(survey.value());
    }
    return provider;
}

} // namespace hailong
