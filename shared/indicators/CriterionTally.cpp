#include "indicators/CriterionTally.h"

namespace hailong {

namespace {

// "No opinion": answered, but not a level.
constexpr int noOpinion = 0;

} // namespace

CriterionTally::CriterionTally(const SurveyCatalog &surveys)
    : m_surveys(surveys)
{}

void CriterionTally::add(const QString &surveyId, const QMap<QString, int> &answers, qint64 ratings)
{
    const SurveyDefinition *survey = m_surveys.find(surveyId);
    QMap<QString, Count> &counts = m_counts[surveyId];
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        Count &count = counts[it.key()];
        if (it.value() == noOpinion)
            continue;
        count.n += ratings;
        if (survey && survey->isSatisfied(it.value()))
            count.satisfied += ratings;
    }
}

QList<CriterionResult> CriterionTally::results() const
{
    QList<CriterionResult> results;
    for (auto bySurvey = m_counts.cbegin(); bySurvey != m_counts.cend(); ++bySurvey) {
        const QString &surveyId = bySurvey.key();
        QMap<QString, Count> left = bySurvey.value();
        const SurveyDefinition *survey = m_surveys.find(surveyId);
        const LocalizedText title = survey ? survey->title : LocalizedText{surveyId, {}};
        const auto result = [&surveyId, &title](const QString &code, const LocalizedText &label,
                                                const Count &count) {
            CriterionResult row{surveyId, title,           code,        label,
                                count.n,  count.satisfied, std::nullopt};
            if (count.n > 0)
                row.rate = double(count.satisfied) * 100.0 / double(count.n);
            return row;
        };
        if (survey) {
            for (const SurveyCriterion &criterion : survey->criteria) {
                const auto counted = left.constFind(criterion.code);
                if (counted == left.cend())
                    continue;
                results << result(criterion.code, criterion.label, *counted);
                left.remove(criterion.code);
            }
        }
        for (auto it = left.cbegin(); it != left.cend(); ++it)
            results << result(it.key(), {it.key(), {}}, it.value());
    }
    return results;
}

} // namespace hailong
