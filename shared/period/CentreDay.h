#pragma once

#include <QDate>
#include <QDateTime>

namespace hailong {

// Centre days (UTC+7, which has had no daylight saving since 1975) as whole numbers of days
// since 1970-01-01: where a centre's day begins and ends, and the key of every daily rollup
// (whose migration computes the same numbers as (effective_at + offsetMs) / dayMs).
class CentreDay
{
public:
    // Today's date at the centre.
    static QDate today();

    static constexpr qint64 offsetMs = 7LL * 3600 * 1000;
    static constexpr qint64 dayMs = 24LL * 3600 * 1000;
    static constexpr qint64 hourMs = 3600LL * 1000;

    // The day an instant falls on.
    static qint64 of(const QDateTime &instant);
    // The hour (0–23) of that day.
    static int hourOf(const QDateTime &instant);
    // The first day that starts at or after the instant.
    static qint64 firstStartingAtOrAfter(const QDateTime &instant);
    static qint64 number(const QDate &date);
    static QDate date(qint64 day);
    static QDateTime start(qint64 day);
};

} // namespace hailong
