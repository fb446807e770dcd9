#pragma once

#include "survey/SurveyCatalog.h"

#include <QString>
#include <QStringList>

namespace hailong {

// The surveys the server accepts and shows: the built-in "default" plus every
// DIR/surveys/*.json. A file that does not parse is reported and left out.
class SurveyProvider
{
public:
    SurveyProvider() = default;
    // Loads the folder; `problems` receives one line per file that was left out.
    static SurveyProvider fromFolder(const QString &folder, QStringList *problems);

    const SurveyCatalog &catalog() const { return m_catalog; }

private:
    SurveyCatalog m_catalog;
};

} // namespace hailong
