#include "services/ImportedFigures.h"

#include "indicators/IndicatorCalculator.h"
#include "period/Period.h"

namespace hailong {

namespace {
QString rateText(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate, 'f', 6) : QStringLiteral("-");
}

bool hasRatings(const QList<IndicatorResult> &results)
{
    return std::any_of(results.cbegin(), results.cend(),
                       [](const IndicatorResult &result) { return result.n > 0; });
}
} // namespace

QString FigureComparison::line() const
{
    return QStringLiteral("%1 %2 %3: before n=%4 rate=%5, after n=%6 rate=%7, %8")
        .arg(rule, period, indicator)
        .arg(nBefore)
        .arg(rateText(rateBefore))
        .arg(nAfter)
        .arg(rateText(rateAfter), same() ? QStringLiteral("same") : QStringLiteral("DIFFERENT"));
}

QList<FigureComparison> ImportedFigures::compare(Storage &before, const QString &beforeCentre,
                                                 Storage &after, const QString &afterCentre,
                                                 const QList<IndicatorDefinition> &definitions,
                                                 const QDate &firstDay, const QDate &lastDay)
{
    QList<FigureComparison> all;
    if (!firstDay.isValid() || !lastDay.isValid())
        return all;
    for (const PeriodRule rule : {PeriodRule::Nd09, PeriodRule::Calendar}) {
        for (const Period::Kind kind :
             {Period::Kind::Quarter, Period::Kind::HalfYear, Period::Kind::Year}) {
            for (Period period = Period::containing(firstDay, kind, rule); period.from() <= lastDay;
                 period = Period::containing(period.to().addDays(1), kind, rule)) {
                const QList<IndicatorResult> was = IndicatorCalculator::evaluateAll(
                    definitions,
                    before.ratingBuckets(period.start(), period.endExclusive(), beforeCentre));
                const QList<IndicatorResult> is = IndicatorCalculator::evaluateAll(
                    definitions,
                    after.ratingBuckets(period.start(), period.endExclusive(), afterCentre));
                if (!hasRatings(was) && !hasRatings(is))
                    continue;
                for (qsizetype i = 0; i < was.size() && i < is.size(); ++i)
                    all.append({periodRuleCode(rule), period.name(), was.at(i).definition.id,
                                was.at(i).n, is.at(i).n, was.at(i).rate, is.at(i).rate});
            }
        }
    }
    return all;
}

} // namespace hailong
