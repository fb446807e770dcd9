#include "http/DailyRoutes.h"

#include "http/JsonResponse.h"
#include "period/PeriodRule.h"

#include <QUrlQuery>

namespace hailong {

// GET /api/v1/daily?date=YYYY-MM-DD (staff): one day for the dashboard; today by default.
void DailyRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(QStringLiteral("/api/v1/daily"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<SessionRecord> session = api.staff.authenticate(request, false);
                       if (!session)
                           return JsonResponse::refusal(session.error());
                       const QString text = request.query().queryItemValue(QStringLiteral("date"));
                       const QDate date =
                           text.isEmpty()
                               ? QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date()
                               : QDate::fromString(text, Qt::ISODate);
                       if (!date.isValid())
                           return JsonResponse::error(HttpStatus::BadRequest,
                                                      QStringLiteral("invalid-date"),
                                                      QStringLiteral("date must be YYYY-MM-DD"));
                       return JsonResponse::ok(api.daily.summary(date));
                   });
               });
}

} // namespace hailong
