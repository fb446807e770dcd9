#include "http/KioskRoutes.h"

#include "http/JsonResponse.h"
#include "period/PeriodRule.h"

#include <QJsonArray>

namespace hailong {

namespace {
// A kiosk that has not called for this long is shown offline.
constexpr qint64 onlineWindowSeconds = 120;
} // namespace

// GET /api/v1/kiosks (staff): which kiosks are online, what they hold and what they sent.
void KioskRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(
        QStringLiteral("/api/v1/kiosks"), HttpMethod::Get,
        [&api](const QHttpServerRequest &request) {
            return JsonResponse::guarded([&] {
                const Result<SessionRecord> session = api.staff.authenticate(request, false);
                if (!session)
                    return JsonResponse::refusal(session.error());
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const QDateTime dayStart(now.toTimeZone(centreTimeZone()).date(), QTime(0, 0),
                                         centreTimeZone());
                const QHash<QString, KioskRatingStats> stats =
                    api.storage.kioskRatingStats(dayStart, dayStart.addDays(1));
                QJsonArray kiosks;
                for (const KioskRecord &kiosk : api.storage.kiosks()) {
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
                        {QStringLiteral("last_seq"), figures.lastSeq
                                                         ? QJsonValue(*figures.lastSeq)
                                                         : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("seq_gaps"), figures.seqGaps},
                        {QStringLiteral("ratings_today"), figures.ratingsToday}});
                }
                return JsonResponse::ok({{QStringLiteral("kiosks"), kiosks}});
            });
        });
}

} // namespace hailong
