#include "JsonReportWriter.h"

#include <QJsonArray>

namespace hailong {

QJsonObject JsonReportWriter::toJson(const ReportDocument &document)
{
    QJsonArray indicators;
    for (const IndicatorResult &result : document.indicators)
        indicators.append(result.toStaffJson());
    QJsonObject trend;
    for (auto it = document.trends.cbegin(); it != document.trends.cend(); ++it) {
        QJsonArray points;
        for (const TrendPoint &point : it.value()) {
            points.append(QJsonObject{
                {QStringLiteral("label"), point.label},
                {QStringLiteral("n"), point.n},
                {QStringLiteral("satisfied"), point.satisfied},
                {QStringLiteral("rate"), point.rate ? QJsonValue(*point.rate) : QJsonValue()}});
        }
        trend.insert(it.key(), points);
    }
    return QJsonObject{
        {QStringLiteral("commune"), document.communeName},
        {QStringLiteral("period"),
         document.period.toJson(document.generatedAt.toTimeZone(centreTimeZone()).date())},
        {QStringLiteral("generated_at"), document.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("trend"), trend},
        {QStringLiteral("closed"), optionalJson(document.closed)},
        {QStringLiteral("late"), optionalJson(document.late)}};
}

} // namespace hailong
