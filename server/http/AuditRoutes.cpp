#include "http/AuditRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"

#include <QJsonArray>

namespace hailong {

// GET /api/v1/audit?limit=200&centre= (admin): the audit log, newest first: a centre's admin reads
// their centre's entries, a province admin every entry or one centre's.
void AuditRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/audit"), HttpMethod::Get, {StaffRole::Admin, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const int asked = request.query().queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray entries;
            for (const AuditEntry &entry : api.administration.auditEntries(asked, centre.value()))
                entries.append(
                    QJsonObject{{QStringLiteral("at"),
                                 entry.at.toTimeZone(centreTimeZone()).toString(Qt::ISODate)},
                                {QStringLiteral("user"), entry.user},
                                {QStringLiteral("action"), entry.action},
                                {QStringLiteral("target"), entry.target},
                                {QStringLiteral("ok"), entry.ok},
                                {QStringLiteral("address"), entry.address},
                                {QStringLiteral("centre"), entry.centreId}});
            return JsonResponse::ok({{QStringLiteral("entries"), entries}});
        });
}

} // namespace hailong
