#pragma once

#include "dossier/Dossier.h"
#include "dossier/DossierTally.h"
#include "indicators/RatingBucket.h"
#include "indicators/UnitKind.h"
#include "rating/Rating.h"

#include <QDateTime>
#include <QMap>
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

// A fault that trying the whole transaction again may clear: PostgreSQL chose it as a
// deadlock victim or could not serialise it. Storage retries these before giving up.
class TransientStorageError : public StorageError
{
public:
    using StorageError::StorageError;
};

// A commune's service centre: it owns its units (and through them its kiosks and ratings),
// its users, staff register and period closings. A single commune has one, `main` by default.
struct CentreRecord
{
    QString id;
    QString name;
};

struct UnitRecord
{
    QString id;
    UnitKind kind = UnitKind::Admin;
    QString name;
    QString survey; // the survey its kiosks show; empty: the built-in one of its kind
    QString centreId = QStringLiteral("main");
};

struct KioskRecord
{
    QString id;
    QString unitId;
    QString counter;
    QString survey; // overrides the unit's survey; empty: the unit's
    bool revoked = false;
    std::optional<QDateTime> lastSeen;
    std::optional<int> queued; // the kiosk's outbox size on its last request
    // Server receive time minus the kiosk's Date header on its last ratings batch; none until
    // a kiosk sends one.
    std::optional<qint64> clockSkewSeconds;
    // SHA-256 (lower-case hex) of the client certificate issued with the kiosk for mutual TLS;
    // empty when it has none.
    QString clientCertificateSha256;
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
    bool disabled = false;
    std::optional<QDateTime> createdAt; // set by storage when the user is added
    std::optional<QDateTime> lastLogin;
    // The centre whose figures the user sees; empty: province-wide (every centre).
    QString centreId = QStringLiteral("main");

    // A new, enabled account.
    static UserRecord create(const QString &name, StaffRole role, const QString &passwordHash,
                             const QString &centreId = QStringLiteral("main"))
    {
        UserRecord user;
        user.name = name;
        user.role = role;
        user.passwordHash = passwordHash;
        user.centreId = centreId;
        return user;
    }
};

struct SessionRecord
{
    QString tokenDigest;
    QString user;
    StaffRole role = StaffRole::Viewer;
    QString csrfDigest;
    QDateTime expiresAt;
    QString centreId; // the user's centre (read with the session); empty: province-wide
};

// A rating as the server keeps it: the wire rating plus what the server knows about it.
struct StoredRating
{
    Rating rating; // comment already masked; dossier cleared
    QString kioskId;
    QString unitId;
    UnitKind unitKind = UnitKind::Admin;
    // Its unit's centre, from the kiosk's token (or the dossier's unit), never from the body.
    QString centreId = QStringLiteral("main");
    QString dossierHash; // keyed hash, empty when no dossier
    bool satisfied = false;
    bool tied = false;
    QDateTime receivedAt;
    QDateTime effectiveAt; // the instant that decides the rating's period and day
    bool clockSkew = false;
    std::optional<qint64> clockSkewSeconds; // how far the server moved it, when clockSkew
    QString fingerprint;
    // Its dossier already had a counted rating when it arrived: kept, but left out of every
    // figure (set by storage).
    bool repeated = false;
    QString channel = QStringLiteral("kiosk"); // "kiosk" | "link"
    // It named a staff code the register does not hold for its unit: stored without it and
    // counted as unattributed (set by storage; see SqlStorage::storeRatings).
    bool unattributed = false;
};

// A dossier as the server keeps it: the code only as its keyed hash, and the rating link's
// token only as its digest (the token itself is derived again when needed; see RatingLinks).
struct StoredDossier
{
    Dossier dossier;                           // code cleared
    QString centreId = QStringLiteral("main"); // its integration's (or import's) centre
    QString codeHash;
    QString linkDigest;
    QDateTime linkExpiresAt;
    QDateTime firstStoredAt; // when the server first received it (set by storage)
};

enum class DossierOutcome { Accepted, Updated };

// A one-stop system allowed to post dossiers, known by the digest of its token.
struct IntegrationRecord
{
    QString name;
    QDateTime createdAt;
    QString centreId = QStringLiteral("main"); // its dossiers are this centre's
};

// A member of the centre's staff register: the code kiosks and dossiers name, the person's
// name (shown to managers and admins only), the unit whose ratings may carry the code and,
// optionally, the counter they usually sit at.
struct StaffRecord
{
    QString code;
    QString name;
    QString unitId;
    QString counter; // empty when none
};

// One line of the audit log: who did what to which thing, and whether it worked. Never
// anything about citizens.
struct AuditEntry
{
    QDateTime at;
    QString action; // "login", "login-failed", "export", "user-add", "kiosk-revoke", …
    QString user;
    QString target;
    bool ok = true;
    QString address; // the staff member's IP address, when the action came over HTTP
    // The centre it concerns: given with the entry, else the acting user's (empty for a
    // province-wide user), else the only centre while there is one (set by storage).
    QString centreId;
};

enum class StoreOutcome { Accepted, Duplicate, Conflict };

// Per-kiosk figures for the staff's kiosk list.
struct KioskRatingStats
{
    std::optional<qint64> lastSeq;
    qint64 seqGaps = 0;
    qint64 ratingsToday = 0;
};

// The daily rollup (table rollup_days) summed over a range of centre days: every rating of one
// unit, scope, counter, staff member and suspect flag.
struct RollupTotals
{
    QString centreId = QStringLiteral("main");
    QString unitId;
    UnitKind unitKind = UnitKind::Admin;
    bool tied = false;
    QString field;   // empty when none
    QString counter; // empty when none
    QString staff;   // empty when none
    bool suspect = false;
    qint64 n = 0;
    qint64 satisfied = 0;
    qint64 clockSkewed = 0;  // of the n, those whose time the server corrected
    qint64 unattributed = 0; // of the n, those whose staff code was not registered
};

// Ratings of one survey that gave the same criterion answers (code -> level, 0 = no opinion).
struct CriteriaAnswers
{
    QString survey;
    QMap<QString, int> answers;
    qint64 ratings = 0;
};

// One centre day's counts of non-suspect ratings in one indicator bucket.
struct DayBucket
{
    QDate day;
    RatingBucket bucket;
};

// How many non-suspect ratings of one counter and field ticked one reason.
struct ReasonTally
{
    QString code;
    QString counter; // empty when none
    QString field;   // empty when none
    qint64 count = 0;
    QString centreId; // the counter's centre: every centre has its "Quầy 1"
};

// One hour (0–23, centre time) of a day's non-suspect ratings.
struct HourTally
{
    int hour = 0;
    qint64 n = 0;
    qint64 satisfied = 0;
};

} // namespace hailong
