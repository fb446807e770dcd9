#include "indicators/IndicatorCalculator.h"

#include "indicators/WilsonInterval.h"

#include <cmath>

namespace hailong {

namespace {

// The margin of error the Ministry of Home Affairs' method asks for.
constexpr double sampleMargin = 0.05;

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString indicatorStatusCode(IndicatorStatus status)
{
    return status == IndicatorStatus::Met ? QStringLiteral("met") : QStringLiteral("not-met");
}

QString confidenceCode(Confidence confidence)
{
    return confidence == Confidence::Certain ? QStringLiteral("certain")
                                             : QStringLiteral("uncertain");
}

QJsonObject IndicatorResult::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), definition.id},
                     {QStringLiteral("name"), definition.name.vi},
                     {QStringLiteral("target"), definition.target},
                     {QStringLiteral("n"), n},
                     {QStringLiteral("satisfied"), satisfied},
                     {QStringLiteral("rate"), optionalNumber(rate)},
                     {QStringLiteral("ci_low"), optionalNumber(ciLow)},
                     {QStringLiteral("ci_high"), optionalNumber(ciHigh)},
                     {QStringLiteral("status"),
                      status ? QJsonValue(indicatorStatusCode(*status)) : QJsonValue()},
                     {QStringLiteral("confidence"),
                      confidence ? QJsonValue(confidenceCode(*confidence)) : QJsonValue()}};
    if (dossiersHandled) {
        json.insert(QStringLiteral("dossiers_handled"), *dossiersHandled);
        json.insert(QStringLiteral("required_sample"), requiredSample.value_or(0));
        json.insert(QStringLiteral("sample_reached"), sampleReached.value_or(false));
    }
    return json;
}

QJsonObject IndicatorResult::toStaffJson() const
{
    QJsonObject json = toJson();
    json.insert(QStringLiteral("name_en"), definition.name.en);
    json.insert(QStringLiteral("lead"), definition.lead.vi);
    json.insert(QStringLiteral("lead_en"), definition.lead.en);
    json.insert(QStringLiteral("partner"), definition.partner.vi);
    json.insert(QStringLiteral("partner_en"), definition.partner.en);
    json.insert(QStringLiteral("parent"),
                definition.parent.isEmpty() ? QJsonValue() : QJsonValue(definition.parent));
    return json;
}

qint64 IndicatorCalculator::requiredSampleSize(qint64 dossiersHandled)
{
    if (dossiersHandled <= 0)
        return 0;
    const double big = static_cast<double>(dossiersHandled);
    const double exact = big / (1.0 + big * sampleMargin * sampleMargin);
    // Round before ceil so that a quotient like 285.71428571428572 stays 286 but an exact
    // 400.0000000001 from floating-point noise does not become 401.
    return static_cast<qint64>(std::ceil(std::round(exact * 1e9) / 1e9));
}

IndicatorResult IndicatorCalculator::evaluate(const IndicatorDefinition &definition,
                                              qint64 satisfied, qint64 n,
                                              std::optional<qint64> dossiersHandled)
{
    IndicatorResult result;
    result.definition = definition;
    result.n = n;
    result.satisfied = satisfied;
    if (n > 0) {
        const WilsonInterval interval = WilsonInterval::at95(satisfied, n);
        const double rate = static_cast<double>(satisfied) / static_cast<double>(n) * 100.0;
        result.rate = rate;
        result.ciLow = interval.low;
        result.ciHigh = interval.high;
        result.status = rate >= definition.target ? IndicatorStatus::Met : IndicatorStatus::NotMet;
        const bool wholeAbove = interval.low >= definition.target;
        const bool wholeBelow = interval.high < definition.target;
        result.confidence = wholeAbove || wholeBelow ? Confidence::Certain : Confidence::Uncertain;
    }
    if (dossiersHandled) {
        result.dossiersHandled = *dossiersHandled;
        result.requiredSample = requiredSampleSize(*dossiersHandled);
        result.sampleReached = n >= *result.requiredSample;
    }
    return result;
}

QList<IndicatorResult>
IndicatorCalculator::evaluateAll(const QList<IndicatorDefinition> &definitions,
                                 const QList<RatingBucket> &buckets)
{
    QList<IndicatorResult> results;
    results.reserve(definitions.size());
    for (const IndicatorDefinition &definition : definitions) {
        qint64 n = 0;
        qint64 satisfied = 0;
        for (const RatingBucket &bucket : buckets) {
            if (definition.scope.contains(bucket.unitKind, bucket.tied, bucket.field)) {
                n += bucket.n;
                satisfied += bucket.satisfied;
            }
        }
        results.append(evaluate(definition, satisfied, n));
    }
    return results;
}

} // namespace hailong
