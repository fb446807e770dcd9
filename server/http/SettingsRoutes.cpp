#include "http/SettingsRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

namespace hailong {

// The reports' issuer and signer (admin): GET /api/v1/settings/report reads centre.json's
// "report", PUT replaces it (audited; the next export prints it).
void SettingsRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/settings/report"), HttpMethod::Get,
                    {StaffRole::Admin, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &) {
                        return JsonResponse::ok(api.reportIssuer.toJson());
                    });
    routes.addStaff(
        QStringLiteral("/api/v1/settings/report"), HttpMethod::Put, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            // centre.json is the whole server's: with several centres only a province-wide
            // admin changes what every centre's reports print.
            if (!session.centreId.isEmpty() && api.administration.centres().size() > 1)
                return CentreScope::refusal(
                    {QStringLiteral("forbidden-centre"),
                     QStringLiteral("Chỉ quản trị cấp tỉnh đổi được thông tin in trên báo cáo / "
                                    "only a province-wide admin changes what the reports print")});
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            const Result<QJsonObject> updated = api.reportIssuer.update(
                body.value(), {session.user, StaffSessions::address(request)});
            if (!updated)
                return JsonResponse::error(updated.error().code == QLatin1String("invalid-settings")
                                               ? HttpStatus::BadRequest
                                               : HttpStatus::InternalServerError,
                                           updated.error());
            return JsonResponse::ok(updated.value());
        });
}

} // namespace hailong
