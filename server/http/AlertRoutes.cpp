#include "http/AlertRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"

#include <QJsonObject>

namespace hailong {

namespace {
// An indicator alert names its indicator in English too, for the page's English view.
QJsonArray withEnglishNames(QJsonArray alerts, const ApiContext &api)
{
    for (auto it = alerts.begin(); it != alerts.end(); ++it) {
        QJsonObject alert = it->toObject();
        const QString id = alert.value(QStringLiteral("indicator")).toString();
        for (const IndicatorDefinition &definition : api.indicators.definitions()) {
            if (!id.isEmpty() && definition.id == id)
                alert.insert(QStringLiteral("name_en"), definition.name.en);
        }
        *it = alert;
    }
    return alerts;
}
} // namespace

// GET /api/v1/alerts?centre= (viewer): what needs attention now in the caller's centre (a
// province user's: every centre, or the one named), newest first.
void AlertRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/alerts"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const QJsonArray alerts =
                api.alerts.alerts(QDateTime::currentDateTimeUtc(), centre.value());
            return JsonResponse::ok({{QStringLiteral("alerts"), withEnglishNames(alerts, api)}});
        });
}

} // namespace hailong
