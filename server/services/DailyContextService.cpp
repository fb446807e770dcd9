#include "services/DailyContextService.h"

#include "period/Period.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace hailong {

namespace {
QJsonValue rateOf(qint64 satisfied, qint64 n)
{
    if (n == 0)
        return QJsonValue::Null;
    return double(satisfied) * 100.0 / double(n);
}

QDateTime dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), centreTimeZone());
}

bool reaches(qint64 n, qint64 satisfied, double target)
{
    return n > 0 && double(satisfied) * 100.0 >= target * double(n) - 1e-9;
}
} // namespace

DailyContextService::DailyContextService(Storage &storage, IndicatorService &indicators)
    : m_storage(storage)
    , m_indicators(indicators)
{}

std::optional<qint64> DailyContextService::satisfiedToTarget(qint64 n, qint64 satisfied,
                                                             double target)
{
    if (reaches(n, satisfied, target))
        return 0;
    if (target >= 100.0)
        return n == 0 ? std::optional<qint64>(1) : std::nullopt;
    // (s + k)·100 ≥ t·(n + k)  ⇔  k ≥ (t·n − 100·s) / (100 − t); the estimate is then moved to
    // the exact smallest k, whatever the rounding of the division.
    qint64 k = std::max<qint64>(
        1, qint64(std::ceil((target * double(n) - 100.0 * double(satisfied)) / (100.0 - target))));
    while (!reaches(n + k, satisfied + k, target))
        ++k;
    while (k > 1 && reaches(n + k - 1, satisfied + k - 1, target))
        --k;
    return k;
}

QJsonObject DailyContextService::figures(const QDate &first, const QDate &last, bool withTarget,
                                         const QString &centre)
{
    qint64 n = 0;
    qint64 satisfied = 0;
    for (const RollupTotals &group : m_storage.rollupTotals(first, last.addDays(1), centre)) {
        if (group.suspect)
            continue;
        n += group.n;
        satisfied += group.satisfied;
    }
    QJsonArray indicators;
    for (const IndicatorResult &result :
         m_indicators.evaluate(dayStart(first), dayStart(last.addDays(1)), centre)) {
        QJsonObject entry{{QStringLiteral("id"), result.definition.id},
                          {QStringLiteral("name"), result.definition.name.vi},
                          {QStringLiteral("name_en"), result.definition.name.en},
                          {QStringLiteral("target"), result.definition.target},
                          {QStringLiteral("n"), result.n},
                          {QStringLiteral("satisfied"), result.satisfied},
                          {QStringLiteral("rate"), rateOf(result.satisfied, result.n)}};
        if (withTarget) {
            const std::optional<qint64> needed =
                satisfiedToTarget(result.n, result.satisfied, result.definition.target);
            entry.insert(QStringLiteral("met"),
                         reaches(result.n, result.satisfied, result.definition.target));
            entry.insert(QStringLiteral("to_target"),
                         needed ? QJsonValue(*needed) : QJsonValue(QJsonValue::Null));
        }
        indicators.append(entry);
    }
    return {{QStringLiteral("from"), first.toString(Qt::ISODate)},
            {QStringLiteral("to"), last.toString(Qt::ISODate)},
            {QStringLiteral("n"), n},
            {QStringLiteral("satisfied"), satisfied},
            {QStringLiteral("rate"), rateOf(satisfied, n)},
            {QStringLiteral("indicators"), indicators}};
}

QJsonObject DailyContextService::context(const QDate &date, PeriodRule rule, const QString &centre)
{
    const Period quarter = Period::containing(date, Period::Kind::Quarter, rule);
    const Period year = quarter.yearToDate();
    QJsonObject quarterToDate = figures(quarter.from(), date, true, centre);
    quarterToDate.insert(QStringLiteral("period"), quarter.name());
    QJsonObject yearToDate = figures(year.from(), date, false, centre);
    // The rule's year is named by its quarters' year: under nd09 it begins in mid-December.
    yearToDate.insert(QStringLiteral("period"), quarter.name().left(4));
    return {
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("rule"), periodRuleCode(rule)},
        {QStringLiteral("today"), figures(date, date, false, centre)},
        {QStringLiteral("yesterday"), figures(date.addDays(-1), date.addDays(-1), false, centre)},
        {QStringLiteral("last_week"), figures(date.addDays(-7), date.addDays(-7), false, centre)},
        {QStringLiteral("quarter_to_date"), quarterToDate},
        {QStringLiteral("year_to_date"), yearToDate}};
}

} // namespace hailong
