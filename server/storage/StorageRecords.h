#pragma once

#include "indicators/UnitKind.h"
#include "rating/Rating.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <stdexcept>

namespace hailong {

// A storage fault (disk full, locked or corrupt database): thrown by the tables and caught at
// the HTTP and command-line boundaries, where it becomes 503 or an exit code.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct UnitRecord
{
    QString id;
    UnitKind kind = UnitKind::Admin;
    QString name;
};

struct KioskRecord
{
    QString id;
    QString unitId;
    QString counter;
    bool revoked = false;
    std::optional<QDateTime> lastSeen;
    std::optional<int> queued; // the kiosk's outbox size on its last request
};

// A kiosk together with the unit it belongs to: what a request is attributed to.
struct AuthenticatedKiosk
{
    KioskRecord kiosk;
    UnitRecord unit;
};

enum class StaffRole { Viewer, Manager, Admin };
QString staffRoleCode(StaffRole role);
std::optional<StaffRole> staffRoleFromCode(const QString &code);

struct UserRecord
{
    QString name;
    StaffRole role = StaffRole::Viewer;
    QString passwordHash; // PasswordHash encoding
};

struct SessionRecord
{
    QString tokenDigest;
    QString user;
    StaffRole role = StaffRole::Viewer;
    QString csrfDigest;
    QDateTime expiresAt;
};

// A rating as the server keeps it: the wire rating plus what the server knows about it.
struct StoredRating
{
    Rating rating; // comment already masked; dossier cleared
    QString kioskId;
    QString unitId;
    UnitKind unitKind = UnitKind::Admin;
    QString dossierHash; // keyed hash, empty when no dossier
    bool satisfied = false;
    bool tied = false;
    QDateTime receivedAt;
    QDateTime effectiveAt; // the instant that decides the rating's period and day
    bool clockSkew = false;
    QString fingerprint;
};

enum class StoreOutcome { Accepted, Duplicate, Conflict };

// Per-kiosk figures for the staff's kiosk list.
struct KioskRatingStats
{
    std::optional<qint64> lastSeq;
    qint64 seqGaps = 0;
    qint64 ratingsToday = 0;
};

} // namespace hailong
