#include "services/SurveyFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace hailong {

Result<SurveyDefinition> SurveyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("unreadable"),
                               QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return parse(file.readAll());
}

Result<SurveyDefinition> SurveyFile::parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return ValidationError{QStringLiteral("invalid-survey"),
                               QStringLiteral("$: not valid JSON (at byte %1: %2)")
                                   .arg(error.offset)
                                   .arg(error.errorString())};
    if (!document.isObject())
        return ValidationError{QStringLiteral("invalid-survey"),
                               QStringLiteral("$: must be an object")};
    return SurveyDefinition::fromJson(document.object());
}

Result<bool> SurveyFile::store(const SurveyDefinition &survey, const QByteArray &text,
                               const QString &folder)
{
    QSaveFile file(QDir(folder).filePath(survey.id + QStringLiteral(".json")));
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(text) != text.size() || !file.commit())
        return ValidationError{
            QStringLiteral("io"),
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return true;
}

} // namespace hailong
