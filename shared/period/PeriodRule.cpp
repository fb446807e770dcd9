#include "period/PeriodRule.h"

namespace hailong {

QString periodRuleCode(PeriodRule rule)
{
    switch (rule) {
    case PeriodRule::Calendar:
        return QStringLiteral("calendar");
    case PeriodRule::Nd09:
        return QStringLiteral("nd09");
    }
    return {};
}

std::optional<PeriodRule> periodRuleFromCode(const QString &code)
{
    if (code == QLatin1String("calendar"))
        return PeriodRule::Calendar;
    if (code == QLatin1String("nd09"))
        return PeriodRule::Nd09;
    return std::nullopt;
}

QTimeZone centreTimeZone()
{
    // A fixed offset rather than "Asia/Ho_Chi_Minh": the zone has had no DST since 1975,
    // and a fixed offset needs no tzdata on the kiosk or server.
    return QTimeZone(7 * 3600);
}

} // namespace hailong
