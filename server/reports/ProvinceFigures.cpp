#include "ProvinceFigures.h"

#include <QJsonArray>

namespace hailong {

namespace {
QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject ProvinceFigures::toJson(const QDate &today) const
{
    QJsonArray rows;
    for (const CentreFigures &centre : centres) {
        QJsonArray indicators;
        for (const IndicatorResult &result : centre.indicators)
            indicators.append(result.toStaffJson());
        rows.append(QJsonObject{{QStringLiteral("id"), centre.id},
                                {QStringLiteral("name"), centre.name},
                                {QStringLiteral("n"), centre.n},
                                {QStringLiteral("satisfied"), centre.satisfied},
                                {QStringLiteral("rate"), optionalNumber(centre.rate)},
                                {QStringLiteral("ci_low"), optionalNumber(centre.ciLow)},
                                {QStringLiteral("ci_high"), optionalNumber(centre.ciHigh)},
                                {QStringLiteral("shrunk_rate"), optionalNumber(centre.shrunkRate)},
                                {QStringLiteral("alerts"), centre.alerts},
                                {QStringLiteral("indicators"), indicators}});
    }
    return {
        {QStringLiteral("period"), period.toJson(today)},
        {QStringLiteral("province"), QJsonObject{{QStringLiteral("n"), n},
                                                 {QStringLiteral("satisfied"), satisfied},
                                                 {QStringLiteral("rate"), optionalNumber(rate)}}},
        {QStringLiteral("prior_strength"), priorStrength},
        {QStringLiteral("centres"), rows}};
}

} // namespace hailong
