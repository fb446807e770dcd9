#include "cli/CentreSurveys.h"

#include "cli/CommandArguments.h"

namespace hailong {

SurveyProvider CentreSurveys::load(const DataDirectory &data)
{
    QStringList problems;
    SurveyProvider surveys = SurveyProvider::fromFolder(data.surveysPath(), &problems);
    for (const QString &problem : problems)
        printError(QStringLiteral("survey left out: ") + problem);
    return surveys;
}

} // namespace hailong
