#include "services/IndicatorService.h"

#include <QJsonArray>

namespace hailong {

IndicatorService::IndicatorService(Storage &storage, QList<IndicatorDefinition> definitions)
    : m_storage(storage)
    , m_definitions(std::move(definitions))
{}

Result<Period> IndicatorService::resolvePeriod(const QString &period, const QString &rule,
                                               const QDate &today)
{
    PeriodRule periodRule = PeriodRule::Nd09;
    if (!rule.isEmpty()) {
        const std::optional<PeriodRule> parsed = periodRuleFromCode(rule);
        if (!parsed)
            return ValidationError{QStringLiteral("invalid-rule"),
                                   QStringLiteral("rule must be nd09 or calendar")};
        periodRule = *parsed;
    }
    if (period.isEmpty())
        return Period::containing(today, Period::Kind::Quarter, periodRule);
    return Period::parse(period, periodRule);
}

QList<IndicatorResult> IndicatorService::evaluate(const QDateTime &from, const QDateTime &to)
{
    return IndicatorCalculator::evaluateAll(m_definitions, m_storage.ratingBuckets(from, to));
}

QJsonObject IndicatorService::report(const Period &period)
{
    QJsonArray indicators;
    for (const IndicatorResult &result : evaluate(period.start(), period.endExclusive()))
        indicators.append(result.toJson());
    return {{QStringLiteral("period"), period.toJson()},
            {QStringLiteral("indicators"), indicators}};
}

} // namespace hailong
