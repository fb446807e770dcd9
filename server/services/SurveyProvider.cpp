#include "services/SurveyProvider.h"

#include "services/SurveyFile.h"
#include "survey/BuiltInSurveys.h"

#include <QDir>

namespace hailong {

SurveyProvider SurveyProvider::fromFolder(const QString &folder, QStringList *problems)
{
    SurveyProvider provider;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const Result<SurveyDefinition> survey = SurveyFile::read(dir.filePath(name));
        if (!survey) {
            problems->append(
                QStringLiteral("%1: %2").arg(dir.filePath(name), survey.error().message));
            continue;
        }
        provider.m_catalog.add(survey.value());
    }
    return provider;
}

QString SurveyProvider::surveyIdFor(const UnitRecord &unit) const
{
    if (!unit.survey.isEmpty() && m_catalog.find(unit.survey))
        return unit.survey;
    return BuiltInSurveys::idForKind(unit.kind);
}

const SurveyDefinition &SurveyProvider::surveyFor(const AuthenticatedKiosk &kiosk) const
{
    if (const SurveyDefinition *own = m_catalog.find(kiosk.kiosk.survey))
        return *own;
    return *m_catalog.find(surveyIdFor(kiosk.unit)); // built-in ones are always there
}

std::optional<ValidationError> SurveyProvider::checkChoice(const QString &id) const
{
    if (id.isEmpty() || m_catalog.find(id))
        return std::nullopt;
    return ValidationError{QStringLiteral("unknown-survey"),
                           QStringLiteral("no survey \"%1\" (there are: %2)")
                               .arg(id, m_catalog.ids().join(QStringLiteral(", ")))};
}

} // namespace hailong
