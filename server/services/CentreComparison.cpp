#include "services/CentreComparison.h"

#include "indicators/WilsonInterval.h"
#include "period/CentreDay.h"

#include <algorithm>

namespace hailong {

namespace {

std::optional<double> percentOf(qint64 satisfied, qint64 n)
{
    if (n <= 0)
        return std::nullopt;
    return double(satisfied) * 100.0 / double(n);
}

} // namespace

CentreComparison::CentreComparison(Storage &storage, IndicatorService &indicators,
                                   AlertService &alerts)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_alerts(alerts)
    , m_closings(storage)
{}

double CentreComparison::priorStrength(const QList<std::pair<qint64, qint64>> &centres)
{
    qint64 totalN = 0;
    qint64 totalSatisfied = 0;
    QList<std::pair<qint64, qint64>> rated;
    for (const auto &[n, satisfied] : centres) {
        if (n <= 0)
            continue;
        rated.append({n, satisfied});
        totalN += n;
        totalSatisfied += satisfied;
    }
    const double ceiling = std::max(minimumPriorStrength, double(totalN));
    // One centre has no spread to measure: the floor keeps its shrinking mild.
    if (rated.size() < 2)
        return minimumPriorStrength;
    const double p = double(totalSatisfied) / double(totalN);
    double spread = 0;
    double inverseN = 0;
    for (const auto &[n, satisfied] : rated) {
        const double deviation = double(satisfied) / double(n) - p;
        spread += deviation * deviation;
        inverseN += 1.0 / double(n);
    }
    const double observed = spread / double(rated.size() - 1);
    const double sampling = p * (1.0 - p) * inverseN / double(rated.size());
    const double between = observed - sampling;
    if (between <= 0)
        return ceiling;
    return std::clamp(p * (1.0 - p) / between - 1.0, minimumPriorStrength, ceiling);
}

ProvinceFigures CentreComparison::compare(const Period &period)
{
    ProvinceFigures province{period, 0, 0, std::nullopt, 0, {}};
    QList<std::pair<qint64, qint64>> counts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CentreRecord &centre : m_storage.centres()) {
        CentreFigures figures;
        figures.id = centre.id;
        figures.name = centre.name;
        figures.indicators = m_indicators.evaluate(period, centre.id).indicators;
        // The server's certificates are every centre's alert, not one centre's to count.
        for (const QJsonValue &alert : m_alerts.alerts(now, centre.id))
            if (alert[QLatin1String("kind")].toString() != QLatin1String("certificate-expiry"))
                ++figures.alerts;
        for (const RatingBucket &bucket : m_closings.figures(period, centre.id).buckets) {
            figures.n += bucket.n;
            figures.satisfied += bucket.satisfied;
        }
        figures.rate = percentOf(figures.satisfied, figures.n);
        if (figures.n > 0) {
            const WilsonInterval interval = WilsonInterval::at95(figures.satisfied, figures.n);
            figures.ciLow = interval.low;
            figures.ciHigh = interval.high;
        }
        province.n += figures.n;
        province.satisfied += figures.satisfied;
        counts.append({figures.n, figures.satisfied});
        province.centres.append(figures);
    }
    province.rate = percentOf(province.satisfied, province.n);
    province.priorStrength = priorStrength(counts);
    const double m = province.priorStrength;
    const double p = province.rate.value_or(0.0) / 100.0;
    for (CentreFigures &figures : province.centres)
        if (figures.n > 0)
            figures.shrunkRate =
                (double(figures.satisfied) + m * p) / (double(figures.n) + m) * 100.0;
    std::stable_sort(province.centres.begin(), province.centres.end(),
                     [](const CentreFigures &a, const CentreFigures &b) {
                         if (a.shrunkRate.has_value() != b.shrunkRate.has_value())
                             return a.shrunkRate.has_value();
                         if (a.shrunkRate != b.shrunkRate)
                             return *a.shrunkRate > *b.shrunkRate;
                         return a.n > b.n;
                     });
    return province;
}

QJsonObject CentreComparison::comparison(const Period &period)
{
    return compare(period).toJson(CentreDay::today());
}

} // namespace hailong
