#include "services/TrendService.h"

#include <QJsonArray>

namespace hailong {

TrendService::TrendService(Storage &storage, QList<IndicatorDefinition> definitions)
    : m_closings(storage)
    , m_definitions(std::move(definitions))
{}

Trend TrendService::trend(const Period &period, TrendStepKind kind, const QString &centre)
{
    Trend result{period, kind, trendSteps(period, kind), {}, {}};
    for (const TrendStep &step : std::as_const(result.steps))
        result.ratings.append({step.label, 0, 0, std::nullopt});
    for (const IndicatorDefinition &definition : std::as_const(m_definitions)) {
        QList<TrendPoint> points;
        for (const TrendStep &step : std::as_const(result.steps))
            points.append({step.label, 0, 0, std::nullopt});
        result.points.insert(definition.id, points);
    }
    for (const DayBucket &day : m_closings.dailyBuckets(period, centre)) {
        const auto step = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                       [&](const TrendStep &s) { return day.day <= s.to; });
        if (step == result.steps.cend())
            continue;
        const qsizetype index = step - result.steps.cbegin();
        result.ratings[index].n += day.bucket.n;
        result.ratings[index].satisfied += day.bucket.satisfied;
        for (const IndicatorDefinition &definition : std::as_const(m_definitions)) {
            if (!definition.scope.contains(day.bucket.unitKind, day.bucket.tied, day.bucket.field))
                continue;
            TrendPoint &point = result.points[definition.id][index];
            point.n += day.bucket.n;
            point.satisfied += day.bucket.satisfied;
        }
    }
    const auto rateOf = [](QList<TrendPoint> &points) {
        for (TrendPoint &point : points) {
            if (point.n > 0)
                point.rate = double(point.satisfied) * 100.0 / double(point.n);
        }
    };
    for (QList<TrendPoint> &points : result.points)
        rateOf(points);
    rateOf(result.ratings);
    return result;
}

namespace {
QJsonArray pointsJson(const QList<TrendPoint> &points)
{
    QJsonArray array;
    for (const TrendPoint &point : points)
        array.append(
            QJsonObject{{QStringLiteral("label"), point.label},
                        {QStringLiteral("n"), point.n},
                        {QStringLiteral("satisfied"), point.satisfied},
                        {QStringLiteral("rate"),
                         point.rate ? QJsonValue(*point.rate) : QJsonValue(QJsonValue::Null)}});
    return array;
}
} // namespace

QJsonObject TrendService::toJson(const Trend &trend) const
{
    QJsonArray steps;
    for (const TrendStep &step : trend.steps)
        steps.append(QJsonObject{{QStringLiteral("label"), step.label},
                                 {QStringLiteral("label_en"), step.labelEn},
                                 {QStringLiteral("from"), step.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), step.to.toString(Qt::ISODate)}});
    QJsonArray series;
    for (const IndicatorDefinition &definition : m_definitions) {
        series.append(
            QJsonObject{{QStringLiteral("id"), definition.id},
                        {QStringLiteral("name"), definition.name.vi},
                        {QStringLiteral("name_en"), definition.name.en},
                        {QStringLiteral("target"), definition.target},
                        {QStringLiteral("points"), pointsJson(trend.points.value(definition.id))}});
    }
    return {{QStringLiteral("period"), trend.period.toJson()},
            {QStringLiteral("step"), trendStepKindCode(trend.kind)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("series"), series},
            {QStringLiteral("ratings"), pointsJson(trend.ratings)}};
}

} // namespace hailong
