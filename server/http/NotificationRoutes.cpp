#include "http/NotificationRoutes.h"

#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

namespace hailong {

// The caller's own e-mail notifications (any staff role): GET /api/v1/me/notifications reads
// the address and kinds chosen and whether mail is on; PUT replaces them (CSRF, audited).
void NotificationRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/me/notifications"), HttpMethod::Get,
                    {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &session) {
                        return JsonResponse::ok(api.notificationChoices.choice(session));
                    });
    routes.addStaff(QStringLiteral("/api/v1/me/notifications"), HttpMethod::Put,
                    {StaffRole::Viewer, true},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                        if (!body)
                            return JsonResponse::badBody(body.error());
                        const Result<QJsonObject> updated = api.notificationChoices.update(
                            session, body.value(), {session.user, StaffSessions::address(request)});
                        if (!updated)
                            return JsonResponse::error(HttpStatus::BadRequest, updated.error());
                        return JsonResponse::ok(updated.value());
                    });
}

} // namespace hailong
