#include "services/ReasonLabels.h"

#include <algorithm>

namespace hailong {

QList<ReasonCount> labelledReasons(const QHash<QString, qint64> &counts,
                                   const SurveyCatalog &catalog)
{
    QList<ReasonCount> reasons;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        ReasonCount reason{it.key(), {it.key(), {}}, false, it.value()};
        for (const QString &surveyId : catalog.ids()) {
            const SurveyDefinition *survey = catalog.find(surveyId);
            const auto known = std::find_if(
                survey->reasons.cbegin(), survey->reasons.cend(),
                [&](const SurveyReason &candidate) { return candidate.code == it.key(); });
            if (known != survey->reasons.cend()) {
                reason.text = known->label;
                reason.wentWell = known->positive;
                break;
            }
        }
        reasons << reason;
    }
    std::sort(reasons.begin(), reasons.end(), [](const ReasonCount &a, const ReasonCount &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return reasons;
}

} // namespace hailong
