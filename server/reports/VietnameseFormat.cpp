#include "VietnameseFormat.h"

#include "period/PeriodRule.h"

#include <cmath>

namespace hailong::VietnameseFormat {

double truncated(double value, int decimals)
{
    // Cut toward zero, never round: 94.997 % must not read "95,0" beside "Không đạt". The
    // tiny nudge keeps an exact 95.0 that binary arithmetic made 94.99999999999999 at 95.0.
    const double scale = std::pow(10.0, decimals);
    const double nudge = value < 0 ? -1e-9 : 1e-9;
    return std::trunc(value * scale + nudge) / scale;
}

QString decimal(double value, int decimals)
{
    QString text = QString::number(truncated(value, decimals), 'f', decimals);
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
