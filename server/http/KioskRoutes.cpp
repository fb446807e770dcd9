#include "http/KioskRoutes.h"

#include "http/EnrolmentAnswer.h"
#include "http/JsonRequest.h"
#include "http/JsonResponse.h"
#include "period/PeriodRule.h"

#include <QJsonArray>
#include <QUrl>

namespace hailong {

namespace {
// A kiosk that has not called for this long is shown offline.
constexpr qint64 onlineWindowSeconds = 120;
} // namespace

// GET /api/v1/kiosks (staff): which kiosks are online, what they hold and what they sent;
// only admins see revoked ones. POST /api/v1/kiosks enrols one and POST
// /api/v1/kiosks/{id}/revoke stops its token (admin).
void KioskRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/kiosks"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &, const SessionRecord &session) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime dayStart(now.toTimeZone(centreTimeZone()).date(), QTime(0, 0),
                                     centreTimeZone());
            const QHash<QString, KioskRatingStats> stats =
                api.storage.kioskRatingStats(dayStart, dayStart.addDays(1));
            QJsonArray kiosks;
            const bool isAdmin = session.role == StaffRole::Admin;
            for (const KioskRecord &kiosk : api.storage.kiosks()) {
                if (kiosk.revoked && !isAdmin)
                    continue;
                const std::optional<UnitRecord> unit = api.storage.unit(kiosk.unitId);
                const KioskRatingStats figures = stats.value(kiosk.id);
                const bool online =
                    api.polls.isWaiting(kiosk.id) ||
                    (kiosk.lastSeen && kiosk.lastSeen->secsTo(now) <= onlineWindowSeconds);
                kiosks.append(QJsonObject{
                    {QStringLiteral("id"), kiosk.id},
                    {QStringLiteral("unit"), kiosk.unitId},
                    {QStringLiteral("unit_name"), unit ? unit->name : QString()},
                    {QStringLiteral("counter"), kiosk.counter},
                    {QStringLiteral("last_seen"),
                     kiosk.lastSeen ? QJsonValue(kiosk.lastSeen->toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("online"), online},
                    {QStringLiteral("queued"),
                     kiosk.queued ? QJsonValue(*kiosk.queued) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("last_seq"),
                     figures.lastSeq ? QJsonValue(*figures.lastSeq) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("seq_gaps"), figures.seqGaps},
                    {QStringLiteral("ratings_today"), figures.ratingsToday},
                    {QStringLiteral("revoked"), kiosk.revoked},
                    {QStringLiteral("clock_skew_seconds"), kiosk.clockSkewSeconds
                                                               ? QJsonValue(*kiosk.clockSkewSeconds)
                                                               : QJsonValue(QJsonValue::Null)}});
            }
            return JsonResponse::ok({{QStringLiteral("kiosks"), kiosks}});
        });
    routes.addStaff(QStringLiteral("/api/v1/kiosks"), HttpMethod::Post, {StaffRole::Admin, true},
                    [&api](const QHttpServerRequest &request, const SessionRecord &session) {
                        const Result<QJsonObject> body = JsonRequest::jsonObject(request);
                        if (!body)
                            return JsonResponse::badBody(body.error());
                        KioskRecord kiosk;
                        kiosk.id = body.value().value(QLatin1String("id")).toString();
                        kiosk.unitId = body.value().value(QLatin1String("unit")).toString();
                        kiosk.counter = body.value().value(QLatin1String("counter")).toString();
                        const Result<EnrolledKiosk> enrolled = api.administration.enrolKiosk(
                            kiosk, {session.user, StaffSessions::address(request)});
                        if (!enrolled)
                            return JsonResponse::error(enrolled.error().code ==
                                                               QLatin1String("duplicate-kiosk")
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
            const Result<bool> revoked =
                api.administration.revokeKiosk(id, {session.user, StaffSessions::address(request)});
            if (!revoked)
                return JsonResponse::error(HttpStatus::NotFound, revoked.error());
            return JsonResponse::ok(
                {{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}});
        });
}

} // namespace hailong
