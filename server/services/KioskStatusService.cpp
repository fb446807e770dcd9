#include "services/KioskStatusService.h"

#include "period/CentreDay.h"

namespace hailong {

KioskStatusService::KioskStatusService(Storage &storage,
                                       std::function<bool(const QString &kioskId)> isPolling)
    : m_storage(storage)
    , m_isPolling(std::move(isPolling))
{}

QList<KioskState> KioskStatusService::kiosks(bool withRevoked, const QDateTime &now,
                                             const QString &centre)
{
    const qint64 day = CentreDay::of(now);
    const QHash<QString, KioskRatingStats> stats =
        m_storage.kioskRatingStats(CentreDay::start(day), CentreDay::start(day + 1));
    QList<KioskState> states;
    for (const KioskRecord &kiosk : m_storage.kiosks()) {
        if (kiosk.revoked && !withRevoked)
            continue;
        const std::optional<UnitRecord> unit = m_storage.unit(kiosk.unitId);
        if (!centre.isEmpty() && (!unit || unit->centreId != centre))
            continue;
        const bool online = m_isPolling(kiosk.id) ||
                            (kiosk.lastSeen && kiosk.lastSeen->secsTo(now) <= onlineWindowSeconds);
        states.append({kiosk, unit ? unit->name : QString(), online, stats.value(kiosk.id)});
    }
    return states;
}

} // namespace hailong
