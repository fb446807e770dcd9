#pragma once

#include "ProvinceFigures.h"
#include "services/AlertService.h"
#include "services/IndicatorService.h"
#include "services/PeriodClosings.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace hailong {

// The province's centres compared fairly. A commune that handled 8 dossiers with 8 satisfied
// citizens is not better than one at 97 % of 900: each centre's overall rate is shrunk toward
// the province's rate p by empirical Bayes (a beta-binomial model),
//     shrunk = (satisfied + m·p) / (n + m),
// so a small count moves little from p and a large one keeps its own rate. The prior strength
// m (in ratings) is estimated from the spread between centres by the method of moments: the
// variance of the centres' rates less what sampling alone explains (p(1−p) times the mean of
// 1/n) is the true between-centre variance τ², and a Beta prior with mean p and variance τ² has
// m = p(1−p)/τ² − 1. m is kept at least `minimumPriorStrength` (the staff ranking's prior),
// so that a handful of ratings never ranks a centre on its own, and at most the province's
// count of ratings (no spread beyond sampling: every centre is read as the province).
class CentreComparison
{
public:
    static constexpr double minimumPriorStrength = 20.0;

    CentreComparison(Storage &storage, IndicatorService &indicators, AlertService &alerts);

    ProvinceFigures compare(const Period &period);
    // ProvinceFigures::toJson — GET /api/v1/centres.
    QJsonObject comparison(const Period &period);

    // The method above, on the centres' (n, satisfied); exposed for its unit test.
    static double priorStrength(const QList<std::pair<qint64, qint64>> &centres);

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    AlertService &m_alerts;
    PeriodClosings m_closings;
};

} // namespace hailong
