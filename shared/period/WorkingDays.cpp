#include "period/WorkingDays.h"

#include "period/CentreDay.h"

namespace hailong {

namespace {
bool isWorkingDay(qint64 day)
{
    return CentreDay::date(day).dayOfWeek() <= 5;
}

// Working days among the centre days (first, last]; whole weeks are counted at once so that an
// old case costs no more than a new one.
int workingDaysAfter(qint64 first, qint64 last)
{
    if (last <= first)
        return 0;
    const qint64 span = last - first;
    int count = int(span / 7) * 5;
    for (qint64 day = first + 1 + span / 7 * 7; day <= last; ++day)
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}
} // namespace

int WorkingDays::between(const QDateTime &from, const QDateTime &to)
{
    return workingDaysAfter(CentreDay::of(from), CentreDay::of(to));
}

QDateTime WorkingDays::pastLimit(const QDateTime &from, int days)
{
    qint64 day = CentreDay::of(from);
    for (int counted = 0; counted <= days;) {
        ++day;
        counted += isWorkingDay(day) ? 1 : 0;
    }
    return CentreDay::start(day);
}

} // namespace hailong
