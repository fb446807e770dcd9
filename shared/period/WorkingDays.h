#pragma once

#include <QDateTime>

namespace hailong {

// Working days at the centre (Monday to Friday, centre days in UTC+7), as the time a citizen's
// complaint may wait for an answer is counted. Public holidays are not known here.
class WorkingDays
{
public:
    // The working days after the centre day `from` falls on, up to and including the day `to`
    // falls on: 0 on the same day (or when `to` is earlier), 1 on the next working day.
    static int between(const QDateTime &from, const QDateTime &to);
    // The first instant at which between(from, ·) exceeds `days`: the start of the
    // (days + 1)-th working day after from's day.
    static QDateTime pastLimit(const QDateTime &from, int days);
};

} // namespace hailong
