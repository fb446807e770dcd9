#pragma once

#include "period/Period.h"

#include <QUrlQuery>

namespace hailong {

// Today in the centre's time zone.
QDate centreToday();

// The period of a request's `period` and `rule` query items; without a period, the quarter
// that holds today. Errors: "invalid-period", "invalid-rule".
Result<Period> periodFromQuery(const QUrlQuery &query);

// The `date` query item, today when absent. Errors: "invalid-date".
Result<QDate> dateFromQuery(const QUrlQuery &query);

} // namespace hailong
