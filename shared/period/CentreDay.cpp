#include "period/CentreDay.h"

namespace hailong {

namespace {
qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor < 0) ? quotient - 1 : quotient;
}

const QDate epoch(1970, 1, 1);
} // namespace

QDate CentreDay::today()
{
    return date(of(QDateTime::currentDateTimeUtc()));
}

qint64 CentreDay::of(const QDateTime &instant)
{
    return floorDivide(instant.toMSecsSinceEpoch() + offsetMs, dayMs);
}

int CentreDay::hourOf(const QDateTime &instant)
{
    const qint64 local = instant.toMSecsSinceEpoch() + offsetMs;
    return int((local - floorDivide(local, dayMs) * dayMs) / hourMs);
}

qint64 CentreDay::firstStartingAtOrAfter(const QDateTime &instant)
{
    const qint64 day = of(instant);
    return start(day) == instant ? day : day + 1;
}

qint64 CentreDay::number(const QDate &date)
{
    return epoch.daysTo(date);
}

QDate CentreDay::date(qint64 day)
{
    return epoch.addDays(day);
}

QDateTime CentreDay::start(qint64 day)
{
    return QDateTime::fromMSecsSinceEpoch(day * dayMs - offsetMs, Qt::UTC);
}

} // namespace hailong
