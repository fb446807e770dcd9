#pragma once

#include "storage/Storage.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace hailong {

// One kiosk as the dashboard's kiosk list shows it.
struct KioskState
{
    KioskRecord kiosk;
    QString unitName; // empty when its unit is unknown
    bool online = false;
    KioskRatingStats today; // what it sent today: last sequence number, gaps, ratings
};

// Which kiosks are online, what they hold and what they sent today (GET /api/v1/kiosks).
class KioskStatusService
{
public:
    // A kiosk that has not called for this long is shown offline.
    static constexpr qint64 onlineWindowSeconds = 120;

    // `isPolling` says whether a kiosk holds a prompt long-poll open right now: then it is
    // online, however long ago its last request began.
    KioskStatusService(Storage &storage, std::function<bool(const QString &kioskId)> isPolling);

    // Every kiosk, the revoked ones only `withRevoked`; "today" is the centre's day of `now`.
    // `centre`: the kiosks of that centre's units; empty, every centre's.
    QList<KioskState> kiosks(bool withRevoked, const QDateTime &now, const QString &centre = {});

private:
    Storage &m_storage;
    std::function<bool(const QString &kioskId)> m_isPolling;
};

} // namespace hailong
