#include "period/PeriodClosing.h"

namespace hailong {

QJsonObject PeriodClosing::toJson() const
{
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("by"), by}};
}

std::optional<double> LateArrivals::rate() const
{
    if (n == 0)
        return std::nullopt;
    return static_cast<double>(satisfied) / static_cast<double>(n) * 100.0;
}

QJsonObject LateArrivals::toJson() const
{
    const std::optional<double> percent = rate();
    return {
        {QStringLiteral("n"), n},
        {QStringLiteral("satisfied"), satisfied},
        {QStringLiteral("rate"), percent ? QJsonValue(*percent) : QJsonValue(QJsonValue::Null)}};
}

} // namespace hailong
