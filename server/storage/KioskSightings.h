#pragma once

#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace hailong {

// What a kiosk's latest requests said about it (when it was seen, its outbox size, its clock
// skew), held in memory so that a request costs no write of its own: the storage writes it
// with the next ratings transaction, or alone at most once per writeIntervalSeconds per kiosk
// for a kiosk that only polls. Readers of this process see it at once through overlay().
class KioskSightings
{
public:
    static constexpr qint64 writeIntervalSeconds = 30;

    struct Sighting
    {
        QString kioskId;
        std::optional<QDateTime> seenAt; // set: last_seen and queued are to be written
        std::optional<int> queued;
        std::optional<qint64> clockSkewSeconds; // set: clock_skew_seconds is to be written
    };

    void seen(const QString &kioskId, const QDateTime &at, std::optional<int> queued);
    void clockSkew(const QString &kioskId, qint64 seconds);

    // Whether the kiosk's row was last written (by this process, or since its first sighting)
    // long enough before `now` that its sighting should be written on its own.
    bool isDue(const QString &kioskId, const QDateTime &now) const;

    // Sightings not yet written, ordered by kiosk id (the order rows are locked in).
    QList<Sighting> pending() const;
    std::optional<Sighting> pendingFor(const QString &kioskId) const;
    // After the transaction that wrote `written` committed.
    void markWritten(const QList<Sighting> &written, const QDateTime &at);

    // Puts sightings not yet written over what the database says.
    void overlay(QList<KioskRecord> &kiosks) const;

private:
    QMap<QString, Sighting> m_pending;
    QHash<QString, QDateTime> m_lastWritten;
};

} // namespace hailong
