#include "VietnameseFormat.h"

#include "period/PeriodRule.h"

#include <cmath>

namespace hailong::VietnameseFormat {

QString decimal(double value, int decimals)
{
    // Round half away from zero first, so 95.25 shows as "95,3" as a person would write it.
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    QString text = QString::number(rounded, 'f', decimals);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString percent(double value, int decimals)
{
    return decimal(value, decimals) + QStringLiteral(" %");
}

QString percentOrDash(const std::optional<double> &value)
{
    return value ? percent(*value) : QStringLiteral("—");
}

QString count(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char('.'));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString date(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

QString dateTime(const QDateTime &instant)
{
    return instant.toTimeZone(centreTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString interval(const std::optional<double> &low, const std::optional<double> &high)
{
    if (!low || !high)
        return QStringLiteral("—");
    return decimal(*low) + QStringLiteral(" – ") + decimal(*high);
}

} // namespace hailong::VietnameseFormat
