#include "survey/SurveyCatalog.h"

#include "survey/BuiltInSurveys.h"

#include <algorithm>

namespace hailong {

SurveyCatalog::SurveyCatalog()
{
    for (const SurveyDefinition &survey : BuiltInSurveys::all())
        add(survey);
}

void SurveyCatalog::add(const SurveyDefinition &survey)
{
    m_surveys.insert(survey.id, survey);
}

const SurveyDefinition *SurveyCatalog::find(const QString &id) const
{
    const auto found = m_surveys.constFind(id);
    return found == m_surveys.cend() ? nullptr : &found.value();
}

QList<QString> SurveyCatalog::ids() const
{
    QList<QString> result = m_surveys.keys();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace hailong
