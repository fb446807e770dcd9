#include "http/PeriodQuery.h"

#include "period/CentreDay.h"

namespace hailong {

Result<Period> periodFromQuery(const QUrlQuery &query)
{
    return Period::resolve(query.queryItemValue(QStringLiteral("period")),
                           query.queryItemValue(QStringLiteral("rule")), CentreDay::today());
}

Result<QDate> dateFromQuery(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("date"));
    if (text.isEmpty())
        return CentreDay::today();
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
