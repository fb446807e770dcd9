#pragma once

#include "storage/StorageRecords.h"
#include "survey/SurveyCatalog.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hailong {

// The surveys the server accepts and shows: the built-in ones (BuiltInSurveys) plus every
// DIR/surveys/*.json. A file that does not parse is reported and left out.
class SurveyProvider
{
public:
    SurveyProvider() = default;
    // Loads the folder; `problems` receives one line per file that was left out.
    static SurveyProvider fromFolder(const QString &folder, QStringList *problems);

    const SurveyCatalog &catalog() const { return m_catalog; }
    // The survey a kiosk shows: its own, else its unit's, else the built-in one of its unit's
    // kind. One named but no longer there (its file removed) is passed over the same way.
    const SurveyDefinition &surveyFor(const AuthenticatedKiosk &kiosk) const;
    // The survey a unit's kiosks show unless a kiosk names its own.
    QString surveyIdFor(const UnitRecord &unit) const;
    // For a unit or kiosk that names a survey: empty or known. Errors: "unknown-survey".
    std::optional<ValidationError> checkChoice(const QString &id) const;

private:
    SurveyCatalog m_catalog;
};

} // namespace hailong
