#pragma once

#include "period/Period.h"
#include "services/TrendSteps.h"

#include <QUrlQuery>
#include <optional>
#include <utility>

namespace hailong {

// The period of a request's `period` and `rule` query items; without a period, the quarter
// that holds today. Errors: "invalid-period", "invalid-rule".
Result<Period> periodFromQuery(const QUrlQuery &query);

// The `date` query item, today when absent. Errors: "invalid-date".
Result<QDate> dateFromQuery(const QUrlQuery &query);

// A query item that picks one of a few choices by its code: `fallback` when the item is
// absent, `unknown` when `fromCode` does not know the code.
template <typename Choice, typename FromCode>
Result<Choice> choiceFromQuery(const QUrlQuery &query, const QString &item, Choice fallback,
                               FromCode &&fromCode, const ValidationError &unknown)
{
    const QString code = query.queryItemValue(item);
    if (code.isEmpty())
        return fallback;
    const std::optional<Choice> choice = fromCode(code);
    if (!choice)
        return unknown;
    return *choice;
}

// A period and one choice that a staff read asks for, such as a trend's step.
template <typename Choice> struct PeriodChoice
{
    Period period;
    Choice choice;
};

// periodFromQuery, then choiceFromQuery: the first error found.
template <typename Choice, typename FromCode>
Result<PeriodChoice<Choice>> periodChoiceFromQuery(const QUrlQuery &query, const QString &item,
                                                   Choice fallback, FromCode &&fromCode,
                                                   const ValidationError &unknown)
{
    const Result<Period> period = periodFromQuery(query);
    if (!period)
        return period.error();
    const Result<Choice> choice =
        choiceFromQuery(query, item, fallback, std::forward<FromCode>(fromCode), unknown);
    if (!choice)
        return choice.error();
    return PeriodChoice<Choice>{period.value(), choice.value()};
}

// A trend's period and its `step` item, month when absent. Errors as periodFromQuery,
// "invalid-step".
Result<PeriodChoice<TrendStepKind>> trendFromQuery(const QUrlQuery &query);

} // namespace hailong
