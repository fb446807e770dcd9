#include "http/PeriodQuery.h"

#include "services/IndicatorService.h"

namespace hailong {

QDate centreToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
}

Result<Period> periodFromQuery(const QUrlQuery &query)
{
    return IndicatorService::resolvePeriod(query.queryItemValue(QStringLiteral("period")),
                                           query.queryItemValue(QStringLiteral("rule")),
                                           centreToday());
}

Result<QDate> dateFromQuery(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("date"));
    if (text.isEmpty())
        return centreToday();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return ValidationError{QStringLiteral("invalid-date"),
                               QStringLiteral("date must be YYYY-MM-DD")};
    return date;
}

Result<PeriodChoice<TrendStepKind>> trendFromQuery(const QUrlQuery &query)
{
    return periodChoiceFromQuery(
        query, QStringLiteral("step"), TrendStepKind::Month, trendStepKindFromCode,
        {QStringLiteral("invalid-step"), QStringLiteral("step must be week or month")});
}

} // namespace hailong
