#include "http/AuditRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"

#include <QJsonArray>

namespace hailong {

// GET /api/v1/audit?limit=200 (admin): the audit log, newest first.
void AuditRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/audit"), HttpMethod::Get, {StaffRole::Admin, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            if (auto refused =
                    CentreScope::refusalOfWholeDatabaseRead(request, session, api.administration))
                return std::move(*refused);
            const int asked = request.query().queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray entries;
            for (const AuditEntry &entry : api.administration.auditEntries(asked))
                entries.append(
                    QJsonObject{{QStringLiteral("at"),
                                 entry.at.toTimeZone(centreTimeZone()).toString(Qt::ISODate)},
                                {QStringLiteral("user"), entry.user},
                                {QStringLiteral("action"), entry.action},
                                {QStringLiteral("target"), entry.target},
                                {QStringLiteral("ok"), entry.ok},
                                {QStringLiteral("address"), entry.address}});
            return JsonResponse::ok({{QStringLiteral("entries"), entries}});
        });
}

} // namespace hailong
