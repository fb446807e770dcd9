#pragma once

#include "storage/KioskSightings.h"
#include "storage/SqlDialect.h"
#include "storage/Storage.h"

#include <QPointer>
#include <QSqlDatabase>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace hailong {

class CommitThread;
struct StorageTables;

// The Storage interface over any SQL database Qt can open: one class per table, numbered
// migrations, daily rollups written with each batch. SqliteStorage and PostgresStorage only
// open the connection; everything else, and so every behaviour the tests check, is shared.
// A kiosk's last-seen time, outbox size and clock skew are kept in memory (KioskSightings) and
// written with the next ratings transaction, so a request does not pay for a commit of its own.
// Ratings from the API are committed on a connection of their own (CommitThread).
class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    bool reconnectIfLost() override;

    SqlStorage(const SqlStorage &) = delete;
    SqlStorage &operator=(const SqlStorage &) = delete;

    Result<bool> addCentre(const CentreRecord &centre) override;
    std::optional<CentreRecord> centre(const QString &id) override;
    QList<CentreRecord> centres() override;
    void nameUnnamedCentres(const QString &name) override;

    Result<bool> addUnit(const UnitRecord &unit) override;
    std::optional<UnitRecord> unit(const QString &id) override;
    QList<UnitRecord> units() override;
    bool renameUnit(const QString &id, const QString &name) override;
    Result<bool> removeUnit(const QString &id) override;

    Result<bool> addKiosk(const KioskRecord &kiosk, const QString &tokenDigest) override;
    std::optional<AuthenticatedKiosk> kioskByTokenDigest(const QString &digest) override;
    QList<KioskRecord> kiosks() override;
    void recordKioskSeen(const QString &kioskId, const QDateTime &at,
                         std::optional<int> queued) override;
    void recordKioskClockSkew(const QString &kioskId, qint64 seconds) override;
    bool revokeKiosk(const QString &kioskId) override;
    QHash<QString, KioskRatingStats> kioskRatingStats(const QDateTime &dayStart,
                                                      const QDateTime &dayEnd) override;

    Result<bool> addUser(const UserRecord &user) override;
    std::optional<UserRecord> user(const QString &name) override;
    QList<UserRecord> users() override;
    bool disableUser(const QString &name) override;
    bool enableUser(const QString &name) override;
    bool setUserPassword(const QString &name, const QString &passwordHash,
                         bool endSessions) override;
    void recordLogin(const QString &name, const QDateTime &at) override;

    void createSession(const SessionRecord &session) override;
    std::optional<SessionRecord> session(const QString &tokenDigest, const QDateTime &now) override;
    void deleteSession(const QString &tokenDigest) override;

    void recordLoginFailure(const QString &user, const QString &address,
                            const QDateTime &at) override;
    int loginFailuresSince(const QString &user, const QString &address,
                           const QDateTime &since) override;
    int addressLoginFailuresSince(const QString &address, const QDateTime &since) override;
    void clearLoginFailures(const QString &user, const QString &address) override;
    void pruneLoginFailures(const QDateTime &before, const QDateTime &unknownBefore) override;

    void appendAudit(const AuditEntry &entry) override;
    QList<AuditEntry> auditEntries(int limit, const QString &centre = {}) override;

    QList<StoreOutcome> storeRatings(const QList<StoredRating> &ratings) override;
    void storeRatingsInBackground(QList<StoredRating> ratings, QObject *context,
                                  std::function<void(StoreResult)> done) override;
    QList<RatingBucket> ratingBuckets(const QDateTime &from, const QDateTime &to,
                                      const QString &centre = {}) override;
    QList<StoredRating> ratingsBetween(const QDateTime &from, const QDateTime &to) override;
    QList<StoredRating> latestComments(const QDateTime &from, const QDateTime &to, int limit,
                                       const QString &centre = {}) override;
    QList<StoredRating> lowestComments(const QDateTime &from, const QDateTime &to, int limit,
                                       const QDateTime &receivedBy,
                                       const QString &centre = {}) override;
    QHash<QString, qint64> reasonCounts(const QDateTime &from, const QDateTime &to,
                                        const QDateTime &receivedBy,
                                        const QString &centre = {}) override;
    QList<CriteriaAnswers> criteriaAnswers(const QDateTime &from, const QDateTime &to,
                                           const QDateTime &receivedBy,
                                           const QString &centre = {}) override;
    QList<ReasonTally> reasonTallies(const QDateTime &from, const QDateTime &to,
                                     const QDateTime &receivedBy,
                                     const QString &centre = {}) override;
    QMap<int, qint64> levelCounts(const QDateTime &from, const QDateTime &to,
                                  const QString &centre = {}) override;
    QList<RollupTotals> rollupTotals(const QDate &firstDay, const QDate &endDay,
                                     const QString &centre = {}) override;
    QList<DayBucket> dailyBuckets(const QDate &firstDay, const QDate &endDay,
                                  const QString &centre = {}) override;
    QList<HourTally> hourlyTallies(const QDate &day, const QString &centre = {}) override;

    Result<bool> closePeriod(const PeriodClosingRecord &record) override;
    QStringList centresClosed(const QString &rule, const QString &period) override;
    std::optional<PeriodClosingRecord> periodClosing(const QString &rule, const QString &period,
                                                     const QString &centre) override;
    bool reopenPeriod(const QString &rule, const QString &period, const QString &centre) override;

    QList<DossierOutcome> storeDossiers(const QList<StoredDossier> &dossiers) override;
    std::optional<StoredDossier> dossier(const QString &codeHash,
                                         const QString &centre = {}) override;
    std::optional<StoredDossier> dossierByLinkDigest(const QString &linkDigest) override;
    bool dossierRated(const QString &codeHash, const QString &centre) override;
    DossierTally dossierTally(const QDateTime &from, const QDateTime &to,
                              const QString &centre = {}) override;

    Result<bool> addIntegration(const IntegrationRecord &integration,
                                const QString &tokenDigest) override;
    std::optional<IntegrationRecord> integrationByTokenDigest(const QString &digest) override;

    QList<CaseRecord> cases(const QList<CaseStatus> &statuses, const QString &centre = {}) override;
    Result<CaseRecord> moveCase(const QString &id, const CaseMove &move,
                                const QString &centre = {}) override;
    QList<CaseTiming> casesOpenedBetween(const QDateTime &from, const QDateTime &to,
                                         const QString &centre = {}) override;
    Result<bool> addStaffMember(const StaffRecord &member) override;
    std::optional<StaffRecord> staffMember(const QString &code) override;
    QList<StaffRecord> staffMembers() override;
    void putNotificationChoice(const NotificationChoiceRecord &choice) override;
    std::optional<NotificationChoiceRecord> notificationChoice(const QString &centreId,
                                                               const QString &user) override;
    QList<NotificationChoiceRecord> notificationChoices() override;
    bool claimDigestDay(const QDate &day) override;
    QHash<QString, qint64> staffReasonCounts(const QString &code, const QDateTime &from,
                                             const QDateTime &to,
                                             const QDateTime &receivedBy) override;

    int purgeCommentsBefore(const QDateTime &cutoff) override;
    Result<CentreImportOutcome> importCentre(const CentreImportRequest &request) override;

protected:
    // Takes an open connection (registered under its own name), migrates it and prepares
    // every statement. Throws StorageError, after closing and removing the connection.
    SqlStorage(QSqlDatabase db, SqlDialect dialect);

    QSqlDatabase database() const;

private:
    // A batch handed to storeRatingsInBackground, waiting for the commit thread.
    struct PendingStore
    {
        QList<StoredRating> ratings;
        QList<KioskSightings::Sighting> sightings; // pending when the batch was handed over
        QPointer<QObject> context;                 // looked at on the serving thread only
        std::function<void(StoreResult)> done;
    };
    using PendingGroup = std::vector<PendingStore>;

    // On the commit thread: takes every batch waiting (up to a cap) into one transaction, and
    // again while more are waiting, so it never idles while the serving thread answers.
    void drainPendingStores(CommitThread &commits);
    // Back on the serving thread: the group's outcomes, split by batch.
    void answerPendingStores(const PendingGroup &group, const StoreResult &result);

    // In a transaction of their own; a failure is logged and they stay pending.
    void writeSightingsAlone(const QList<KioskSightings::Sighting> &sightings);
    // Writes the kiosk's sighting on its own when its row was not written for a while, so a
    // kiosk that only polls is still seen by other processes on the same database.
    void writeSightingIfDue(const QString &kioskId);

    QString m_connectionName;
    SqlDialect m_dialect;
    std::unique_ptr<StorageTables> m_tables;
    KioskSightings m_sightings;
    // Kiosks by token digest, as kioskByTokenDigest last read them (never a revoked one).
    QHash<QString, AuthenticatedKiosk> m_kioskIdentities;
    std::mutex m_pendingMutex;
    std::deque<PendingStore> m_pendingStores; // guarded by m_pendingMutex
    bool m_draining = false; // guarded by m_pendingMutex: a drain job is posted or running
    // Declared last; stopped first in the destructor, committing what is still waiting.
    std::unique_ptr<CommitThread> m_commits;
};

} // namespace hailong
