#pragma once

#include "Result.h"
#include "indicators/RatingBucket.h"
#include "storage/CaseRecord.h"
#include "storage/CentreImportRecord.h"
#include "storage/NotificationChoiceRecord.h"
#include "storage/PeriodClosingRecord.h"
#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <functional>
#include <optional>
#include <variant>

namespace hailong {

// What the services need from a database, in domain terms. SqlStorage implements it over
// SQLite (a centre) and PostgreSQL (a province) alike. Faults throw StorageError; expected
// refusals (a duplicate id) come back as values.
class Storage
{
public:
    virtual ~Storage() = default;

    // Opens the database connections again when the database server dropped them (PostgreSQL
    // restarted): until then every call fails with StorageError. True when it reconnected;
    // false when nothing was lost, on SQLite, or when the server is still away.
    virtual bool reconnectIfLost() = 0;

    // Errors: "duplicate-centre".
    virtual Result<bool> addCentre(const CentreRecord &centre) = 0;
    virtual std::optional<CentreRecord> centre(const QString &id) = 0;
    // By id.
    virtual QList<CentreRecord> centres() = 0;
    // Names the centre a migration made for an earlier single commune (as its centre.json
    // does); centres that have a name keep it.
    virtual void nameUnnamedCentres(const QString &name) = 0;

    // Errors: "duplicate-unit".
    virtual Result<bool> addUnit(const UnitRecord &unit) = 0;
    virtual std::optional<UnitRecord> unit(const QString &id) = 0;
    virtual QList<UnitRecord> units() = 0;
    // False when there is no such unit.
    virtual bool renameUnit(const QString &id, const QString &name) = 0;
    // Errors: "unknown-unit", "unit-in-use" (a kiosk or a rating names it).
    virtual Result<bool> removeUnit(const QString &id) = 0;

    // Errors: "duplicate-kiosk", "unknown-unit".
    virtual Result<bool> addKiosk(const KioskRecord &kiosk, const QString &tokenDigest) = 0;
    // The kiosk's identity (id, unit, counter, client certificate) and whether it is revoked,
    // read from the database at this call; its last-seen figures are not filled in.
    virtual std::optional<AuthenticatedKiosk> kioskByTokenDigest(const QString &digest) = 0;
    virtual QList<KioskRecord> kiosks() = 0;
    virtual void recordKioskSeen(const QString &kioskId, const QDateTime &at,
                                 std::optional<int> queued) = 0;
    virtual void recordKioskClockSkew(const QString &kioskId, qint64 seconds) = 0;
    // False when there is no such kiosk. The token stops working with the next request.
    virtual bool revokeKiosk(const QString &kioskId) = 0;
    virtual QHash<QString, KioskRatingStats> kioskRatingStats(const QDateTime &dayStart,
                                                              const QDateTime &dayEnd) = 0;

    // Errors: "duplicate-user".
    virtual Result<bool> addUser(const UserRecord &user) = 0;
    virtual std::optional<UserRecord> user(const QString &name) = 0;
    virtual QList<UserRecord> users() = 0;
    // False when there is no such user. Also ends every session of that user.
    virtual bool disableUser(const QString &name) = 0;
    // False when there is no such user.
    virtual bool enableUser(const QString &name) = 0;
    // False when there is no such user. `endSessions` signs the user out everywhere.
    virtual bool setUserPassword(const QString &name, const QString &passwordHash,
                                 bool endSessions) = 0;
    virtual void recordLogin(const QString &name, const QDateTime &at) = 0;

    virtual void createSession(const SessionRecord &session) = 0;
    virtual std::optional<SessionRecord> session(const QString &tokenDigest,
                                                 const QDateTime &now) = 0;
    virtual void deleteSession(const QString &tokenDigest) = 0;

    // Failed staff logins, by account name (empty for a name no account has) and the
    // caller's address.
    virtual void recordLoginFailure(const QString &user, const QString &address,
                                    const QDateTime &at) = 0;
    // Failures for `user` from `address` since `since`.
    virtual int loginFailuresSince(const QString &user, const QString &address,
                                   const QDateTime &since) = 0;
    // Failures from `address` since `since`, whatever the name.
    virtual int addressLoginFailuresSince(const QString &address, const QDateTime &since) = 0;
    virtual void clearLoginFailures(const QString &user, const QString &address) = 0;
    // Forgets failures from before `before`, and those for unknown names from before
    // `unknownBefore`.
    virtual void pruneLoginFailures(const QDateTime &before, const QDateTime &unknownBefore) = 0;

    // An append-only record of what staff and admins did; never citizens' data.
    virtual void appendAudit(const AuditEntry &entry) = 0;
    // The latest `limit` entries, newest first: those of `centre`, or every centre's when it is
    // empty.
    virtual QList<AuditEntry> auditEntries(int limit, const QString &centre = {}) = 0;
    // An entry stamped now; an action ending in "-failed" or "-locked" is recorded as failed.
    // `centre`: the centre the action concerns, when it is not the acting user's own.
    void audit(const QString &action, const QString &user, const QString &target,
               const QString &address = {}, const QString &centre = {})
    {
        appendAudit({QDateTime::currentDateTimeUtc(), action, user, target,
                     !action.endsWith(QLatin1String("-failed")) &&
                         !action.endsWith(QLatin1String("-locked")),
                     address, centre});
    }

    // Stores a batch in one transaction and says, per rating, whether it was new, an
    // identical resend or a conflicting reuse of its id; the rollups change in the same
    // transaction. A rating naming a staff code the register does not hold for its unit is
    // stored without it, flagged unattributed (RegisteredStaff, read in that transaction). Throws
    // StorageError (nothing kept) when the transaction cannot be committed. Safe when several
    // server processes store into one database at once.
    virtual QList<StoreOutcome> storeRatings(const QList<StoredRating> &ratings) = 0;
    // storeRatings() on the storage's commit thread: the calling thread goes on serving while
    // the batch commits, and `done` runs on it afterwards with the outcomes, or with the fault
    // that kept the whole batch out. `done` is dropped when `context` is gone by then.
    using StoreResult = std::variant<QList<StoreOutcome>, StorageError>;
    virtual void storeRatingsInBackground(QList<StoredRating> ratings, QObject *context,
                                          std::function<void(StoreResult)> done) = 0;

    // Counts of non-suspect ratings whose effective instant lies in [from, to): from the daily
    // rollups for whole centre days, from the ratings only for a partial first or last day.
    // Reads that take `centre` count that centre's ratings only, or every centre's when it is
    // empty (the province's roll-up).
    virtual QList<RatingBucket> ratingBuckets(const QDateTime &from, const QDateTime &to,
                                              const QString &centre = {}) = 0;
    // Every rating (suspect ones too) whose effective instant lies in [from, to). Reads raw
    // rows: for a day at most.
    virtual QList<StoredRating> ratingsBetween(const QDateTime &from, const QDateTime &to) = 0;
    // Up to `limit` non-suspect ratings with a comment in [from, to), newest first.
    virtual QList<StoredRating> latestComments(const QDateTime &from, const QDateTime &to,
                                               int limit, const QString &centre = {}) = 0;

    // Up to `limit` non-suspect ratings with a comment in [from, to), lowest overall first.
    // Both only count ratings received at or before `receivedBy` (a closed period's closing),
    // or any when it is invalid.
    virtual QList<StoredRating> lowestComments(const QDateTime &from, const QDateTime &to,
                                               int limit, const QDateTime &receivedBy,
                                               const QString &centre = {}) = 0;
    // Reason code -> how many non-suspect ratings in [from, to) ticked it.
    virtual QHash<QString, qint64> reasonCounts(const QDateTime &from, const QDateTime &to,
                                                const QDateTime &receivedBy,
                                                const QString &centre = {}) = 0;
    // The criterion answers of non-suspect, non-repeat ratings in [from, to), grouped by survey
    // and answers.
    virtual QList<CriteriaAnswers> criteriaAnswers(const QDateTime &from, const QDateTime &to,
                                                   const QDateTime &receivedBy,
                                                   const QString &centre = {}) = 0;
    // The same counts split by counter and field: one entry per reason, counter and field.
    virtual QList<ReasonTally> reasonTallies(const QDateTime &from, const QDateTime &to,
                                             const QDateTime &receivedBy,
                                             const QString &centre = {}) = 0;
    // Overall level (1–5) -> how many non-suspect ratings in [from, to) gave it.
    virtual QMap<int, qint64> levelCounts(const QDateTime &from, const QDateTime &to,
                                          const QString &centre = {}) = 0;

    // Daily rollups over centre days [firstDay, endDay), kept in the transaction that stores
    // each rating: exact under resends and conflicts, and read in O(days × groups).
    // Every unit × scope × counter × staff × suspect group, summed over the days.
    virtual QList<RollupTotals> rollupTotals(const QDate &firstDay, const QDate &endDay,
                                             const QString &centre = {}) = 0;
    // Non-suspect indicator buckets day by day, oldest first.
    virtual QList<DayBucket> dailyBuckets(const QDate &firstDay, const QDate &endDay,
                                          const QString &centre = {}) = 0;
    // Non-suspect ratings of one day by hour (hours without ratings left out).
    virtual QList<HourTally> hourlyTallies(const QDate &day, const QString &centre = {}) = 0;

    // Closed periods, each of one centre (the record's), by rule code and period name.
    // Errors: "already-closed".
    virtual Result<bool> closePeriod(const PeriodClosingRecord &record) = 0;
    virtual std::optional<PeriodClosingRecord>
    periodClosing(const QString &rule, const QString &period, const QString &centre) = 0;
    // The centres that closed the period.
    virtual QStringList centresClosed(const QString &rule, const QString &period) = 0;
    // False when the period was not closed for that centre.
    virtual bool reopenPeriod(const QString &rule, const QString &period,
                              const QString &centre) = 0;

    // Dossiers from the one-stop system, stored in one transaction (all of them or, on a
    // StorageError, none), in order: a code hash stored before, or earlier in the list,
    // updates its dossier. Safe when several server processes store at once.
    virtual QList<DossierOutcome> storeDossiers(const QList<StoredDossier> &dossiers) = 0;
    // `centre`: that centre's dossier; empty, any centre's.
    virtual std::optional<StoredDossier> dossier(const QString &codeHash,
                                                 const QString &centre = {}) = 0;
    virtual std::optional<StoredDossier> dossierByLinkDigest(const QString &linkDigest) = 0;
    // True when a rating of the dossier counts already (its rating link is used up).
    // A dossier's ratings are claimed in the rating's centre, which is the dossier's.
    virtual bool dossierRated(const QString &codeHash, const QString &centre) = 0;
    // The dossiers returned in [from, to), with their counted ratings and repeats.
    // `centre`: that centre's dossiers; empty, every centre's.
    virtual DossierTally dossierTally(const QDateTime &from, const QDateTime &to,
                                      const QString &centre = {}) = 0;

    // One-stop systems that post dossiers. Errors: "duplicate-integration".
    virtual Result<bool> addIntegration(const IntegrationRecord &integration,
                                        const QString &tokenDigest) = 0;
    virtual std::optional<IntegrationRecord> integrationByTokenDigest(const QString &digest) = 0;

    // Complaint cases (opened by storeRatings). The cases in any of `statuses`, oldest first.
    // `centre` (here and in the two below): that centre's cases; empty, every centre's.
    virtual QList<CaseRecord> cases(const QList<CaseStatus> &statuses,
                                    const QString &centre = {}) = 0;
    // Moves a case on in one transaction and returns it as moved. Errors: "unknown-case",
    // "invalid-move" (not forward from where it is; nothing changed).
    virtual Result<CaseRecord> moveCase(const QString &id, const CaseMove &move,
                                        const QString &centre = {}) = 0;
    // The cases opened in [from, to).
    virtual QList<CaseTiming> casesOpenedBetween(const QDateTime &from, const QDateTime &to,
                                                 const QString &centre = {}) = 0;
    // The staff register. Errors: "duplicate-staff", "unknown-unit".
    virtual Result<bool> addStaffMember(const StaffRecord &member) = 0;
    virtual std::optional<StaffRecord> staffMember(const QString &code) = 0;
    // By code.
    virtual QList<StaffRecord> staffMembers() = 0;
    // reasonCounts() of the ratings attributed to one staff code.
    virtual QHash<QString, qint64> staffReasonCounts(const QString &code, const QDateTime &from,
                                                     const QDateTime &to,
                                                     const QDateTime &receivedBy) = 0;

    // E-mail notifications: a staff member's choice, replaced whole.
    virtual void putNotificationChoice(const NotificationChoiceRecord &choice) = 0;
    virtual std::optional<NotificationChoiceRecord> notificationChoice(const QString &centreId,
                                                                       const QString &user) = 0;
    // By user name.
    virtual QList<NotificationChoiceRecord> notificationChoices() = 0;
    // True when the daily digest of `day` was not sent before; it counts as sent from now on.
    virtual bool claimDigestDay(const QDate &day) = 0;

    // Backups: writes a consistent copy of the whole database to the file `path` (which must
    // not exist yet) while ratings keep arriving. Errors: "snapshot-failed", "unsupported"
    // (a backend whose backups are made by its own tools).
    virtual Result<bool> writeSnapshot(const QString &path) = 0;
    // Comment retention: empties the comment of every rating whose effective instant is before
    // `cutoff`; the ratings themselves, and so every indicator, stay. Returns how many
    // comments were emptied.
    virtual int purgeCommentsBefore(const QDateTime &cutoff) = 0;

    // `centre import`: a standalone commune's database brought in as one centre, in one
    // transaction (see CentreTransfer). Errors: "id-conflict" (nothing changed), "source".
    virtual Result<CentreImportOutcome> importCentre(const CentreImportRequest &request) = 0;
};

} // namespace hailong
