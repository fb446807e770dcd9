#include "http/PeriodRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "period/CentreDay.h"

#include <QUrl>
#include <QUrlQuery>

namespace hailong {

namespace {
// Runs `action` on the period the path names under the `rule` query item; 400 when there is
// no such period.
template <typename Action>
QHttpServerResponse onPeriodInPath(const QString &nameInPath, const QHttpServerRequest &request,
                                   Action &&action)
{
    const Result<Period> period =
        Period::resolve(QUrl::fromPercentEncoding(nameInPath.toUtf8()),
                        request.query().queryItemValue(QStringLiteral("rule")), CentreDay::today());
    if (!period)
        return JsonResponse::error(HttpStatus::BadRequest, period.error());
    return action(period.value());
}
} // namespace

// POST /api/v1/periods/{name}/close?rule=&centre= (manager) closes a period's figures of one
// centre; DELETE the same (admin) reopens it. The centre is the caller's (CentreScope::ofOne): a
// province user names it, unless there is only one.
void PeriodRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/periods/<arg>/close"), HttpMethod::Post, {StaffRole::Manager, true},
        [&api](const QString &nameInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const Result<QString> centre = CentreScope::ofOne(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            return onPeriodInPath(nameInPath, request, [&](const Period &period) {
                const Result<PeriodClosing> closed = api.periodClosings.close(
                    period, centre.value(), {session.user, StaffSessions::address(request)});
                if (!closed)
                    return JsonResponse::error(HttpStatus::Conflict, closed.error());
                return JsonResponse::ok({{QStringLiteral("period"), period.toJson()},
                                         {QStringLiteral("closed"), closed.value().toJson()}});
            });
        });
    routes.addStaff(
        QStringLiteral("/api/v1/periods/<arg>/close"), HttpMethod::Delete, {StaffRole::Admin, true},
        [&api](const QString &nameInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const Result<QString> centre = CentreScope::ofOne(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            return onPeriodInPath(nameInPath, request, [&](const Period &period) {
                const Result<bool> reopened = api.periodClosings.reopen(
                    period, centre.value(), {session.user, StaffSessions::address(request)});
                if (!reopened)
                    return JsonResponse::error(HttpStatus::NotFound, reopened.error());
                return QHttpServerResponse(HttpStatus::NoContent);
            });
        });
}

} // namespace hailong
