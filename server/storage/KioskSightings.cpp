#include "storage/KioskSightings.h"

namespace hailong {

void KioskSightings::seen(const QString &kioskId, const QDateTime &at, std::optional<int> queued)
{
    Sighting &sighting = m_pending[kioskId];
    sighting.kioskId = kioskId;
    sighting.seenAt = at;
    sighting.queued = queued;
    // The first sighting counts as a fresh write: a kiosk that sends ratings gets it written
    // with them, and a request never waits for a write (or a locked database) of its own.
    if (!m_lastWritten.contains(kioskId))
        m_lastWritten.insert(kioskId, at);
}

void KioskSightings::clockSkew(const QString &kioskId, qint64 seconds)
{
    Sighting &sighting = m_pending[kioskId];
    sighting.kioskId = kioskId;
    sighting.clockSkewSeconds = seconds;
}

bool KioskSightings::isDue(const QString &kioskId, const QDateTime &now) const
{
    const auto written = m_lastWritten.constFind(kioskId);
    return written != m_lastWritten.cend() && written->secsTo(now) >= writeIntervalSeconds;
}

QList<KioskSightings::Sighting> KioskSightings::pending() const
{
    return m_pending.values();
}

std::optional<KioskSightings::Sighting> KioskSightings::pendingFor(const QString &kioskId) const
{
    const auto it = m_pending.constFind(kioskId);
    if (it == m_pending.cend())
        return std::nullopt;
    return *it;
}

void KioskSightings::markWritten(const QList<Sighting> &written, const QDateTime &at)
{
    for (const Sighting &sighting : written) {
        m_lastWritten.insert(sighting.kioskId, at);
        const auto it = m_pending.find(sighting.kioskId);
        // A newer sighting that arrived meanwhile stays pending.
        if (it != m_pending.end() && it->seenAt == sighting.seenAt &&
            it->queued == sighting.queued && it->clockSkewSeconds == sighting.clockSkewSeconds)
            m_pending.erase(it);
    }
}

void KioskSightings::overlay(QList<KioskRecord> &kiosks) const
{
    for (KioskRecord &kiosk : kiosks) {
        const auto it = m_pending.constFind(kiosk.id);
        if (it == m_pending.cend())
            continue;
        // Another server process on the same database may have seen the kiosk later.
        if (it->seenAt && (!kiosk.lastSeen || *kiosk.lastSeen < *it->seenAt)) {
            kiosk.lastSeen = it->seenAt;
            kiosk.queued = it->queued;
        }
        if (it->clockSkewSeconds)
            kiosk.clockSkewSeconds = it->clockSkewSeconds;
    }
}

} // namespace hailong
