#include "JsonReportWriter.h"

#include <QJsonArray>

namespace hailong {

QJsonObject JsonReportWriter::toJson(const ReportDocument &document)
{
    QJsonArray indicators;
    for (const IndicatorResult &result : document.indicators) {
        QJsonObject row = result.toJson();
        row.insert(QStringLiteral("name_en"), result.definition.name.en);
        row.insert(QStringLiteral("lead_agency"), result.definition.leadAgency.vi);
        row.insert(QStringLiteral("lead_agency_en"), result.definition.leadAgency.en);
        indicators.append(row);
    }
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
    return QJsonObject{{QStringLiteral("commune"), document.communeName},
                       {QStringLiteral("period"), document.period.toJson()},
                       {QStringLiteral("generated_at"), document.generatedAt.toString(Qt::ISODate)},
                       {QStringLiteral("indicators"), indicators},
                       {QStringLiteral("trend"), trend}};
}

} // namespace hailong
