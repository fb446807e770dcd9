#include "http/PeriodRoutes.h"

#include "http/JsonResponse.h"
#include "period/CentreDay.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

namespace {
Result<Period> periodInPath(const QString &nameInPath, const QHttpServerRequest &request)
{
    return Period::resolve(QUrl::fromPercentEncoding(nameInPath.toUtf8()),
                           request.query().queryItemValue(QStringLiteral("rule")),
                           CentreDay::today());
}
} // namespace

// POST /api/v1/periods/{name}/close?rule= (manager) closes a period's figures; DELETE the same
// (admin) reopens it.
void PeriodRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/periods/<arg>/close"), HttpMethod::Post, {StaffRole::Manager, true},
        [&api](const QString &nameInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const Result<Period> period = periodInPath(nameInPath, request);
            if (!period)
                return JsonResponse::error(HttpStatus::BadRequest, period.error());
            const Result<PeriodClosing> closed = api.periodClosings.close(
                period.value(), {session.user, StaffSessions::address(request)});
            if (!closed)
                return JsonResponse::error(HttpStatus::Conflict, closed.error());
            return JsonResponse::ok({{QStringLiteral("period"), period.value().toJson()},
                                     {QStringLiteral("closed"), closed.value().toJson()}});
        });
    routes.addStaff(QStringLiteral("/api/v1/periods/<arg>/close"), HttpMethod::Delete,
                    {StaffRole::Admin, true},
                    [&api](const QString &nameInPath, const QHttpServerRequest &request,
                           const SessionRecord &session) {
                        const Result<Period> period = periodInPath(nameInPath, request);
                        if (!period)
                            return JsonResponse::error(HttpStatus::BadRequest, period.error());
                        const Result<bool> reopened = api.periodClosings.reopen(
                            period.value(), {session.user, StaffSessions::address(request)});
                        if (!reopened)
                            return JsonResponse::error(HttpStatus::NotFound, reopened.error());
                        return QHttpServerResponse(HttpStatus::NoContent);
                    });
}

} // namespace hailong
