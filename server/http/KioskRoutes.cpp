#include "http/KioskRoutes.h"

#include "http/CentreScope.h"
#include "http/EnrolmentAnswer.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"

#include <QJsonArray>
#include <QUrl>

namespace hailong {

// GET /api/v1/kiosks (staff): which kiosks are online, what they hold and what they sent;
// only admins see revoked ones. POST /api/v1/kiosks enrols one and POST
// /api/v1/kiosks/{id}/revoke stops its token (admin).
void KioskRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/kiosks"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            QJsonArray kiosks;
            for (const KioskState &state :
                 api.kioskStatus.kiosks(session.role == StaffRole::Admin,
                                        QDateTime::currentDateTimeUtc(), centre.value())) {
                const KioskRecord &kiosk = state.kiosk;
                kiosks.append(QJsonObject{
                    {QStringLiteral("id"), kiosk.id},
                    {QStringLiteral("unit"), kiosk.unitId},
                    {QStringLiteral("unit_name"), state.unitName},
                    {QStringLiteral("counter"), kiosk.counter},
                    {QStringLiteral("last_seen"),
                     kiosk.lastSeen ? QJsonValue(kiosk.lastSeen->toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("online"), state.online},
                    {QStringLiteral("queued"),
                     kiosk.queued ? QJsonValue(*kiosk.queued) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("last_seq"), state.today.lastSeq
                                                     ? QJsonValue(*state.today.lastSeq)
                                                     : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("seq_gaps"), state.today.seqGaps},
                    {QStringLiteral("ratings_today"), state.today.ratingsToday},
                    {QStringLiteral("revoked"), kiosk.revoked},
                    {QStringLiteral("clock_skew_seconds"), kiosk.clockSkewSeconds
                                                               ? QJsonValue(*kiosk.clockSkewSeconds)
                                                               : QJsonValue(QJsonValue::Null)}});
            }
            return JsonResponse::ok({{QStringLiteral("kiosks"), kiosks}});
        });
    routes.addStaff(
        QStringLiteral("/api/v1/kiosks"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QJsonObject> body = JsonRequest::jsonObject(request);
            if (!body)
                return JsonResponse::badBody(body.error());
            KioskRecord kiosk;
            kiosk.id = body.value().value(QLatin1String("id")).toString();
            kiosk.unitId = body.value().value(QLatin1String("unit")).toString();
            kiosk.counter = body.value().value(QLatin1String("counter")).toString();
            if (const auto foreign = api.ownership.checkUnit(session.centreId, kiosk.unitId))
                return CentreScope::refusal(*foreign);
            const Result<EnrolledKiosk> enrolled = api.administration.enrolKiosk(
                kiosk, {session.user, StaffSessions::address(request)});
            if (!enrolled)
                return JsonResponse::error(enrolled.error().code == QLatin1String("duplicate-kiosk")
                                               ? HttpStatus::Conflict
                                               : HttpStatus::BadRequest,
                                           enrolled.error());
            QJsonObject answer{{QStringLiteral("id"), kiosk.id},
                               {QStringLiteral("unit"), kiosk.unitId},
                               {QStringLiteral("counter"), kiosk.counter},
                               {QStringLiteral("token"), enrolled.value().token}};
            EnrolmentAnswer::add(answer, api.enrolment, enrolled.value().token);
            return JsonResponse::ok(answer, HttpStatus::Created);
        });
    routes.addStaff(
        QStringLiteral("/api/v1/kiosks/<arg>/revoke"), HttpMethod::Post, {StaffRole::Admin, true},
        [&api](const QString &idInPath, const QHttpServerRequest &request,
               const SessionRecord &session) {
            const QString id = QUrl::fromPercentEncoding(idInPath.toUtf8());
            if (const auto foreign = api.ownership.checkKiosk(session.centreId, id))
                return CentreScope::refusal(*foreign);
            const Result<bool> revoked =
                api.administration.revokeKiosk(id, {session.user, StaffSessions::address(request)});
            if (!revoked)
                return JsonResponse::error(HttpStatus::NotFound, revoked.error());
            return JsonResponse::ok(
                {{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}});
        });
}

} // namespace hailong
