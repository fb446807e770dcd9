#include "storage/SqlStorage.h"

#include "cases/CaseOpening.h"
#include "period/CentreDay.h"
#include "storage/CentreTransfer.h"
#include "storage/CommitThread.h"
#include "storage/Migrations.h"
#include "storage/RegisteredStaff.h"
#include "storage/RollupBatch.h"
#include "storage/SqlConnection.h"
#include "storage/StorageTables.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(sightingLog, "hailong.storage.sightings")
Q_LOGGING_CATEGORY(connectionLog, "hailong.storage.connection")

void writeSightings(StorageTables &tables, const QList<KioskSightings::Sighting> &sightings)
{
    for (const KioskSightings::Sighting &sighting : sightings) {
        if (sighting.seenAt)
            tables.kiosks.recordSeen(sighting.kioskId, *sighting.seenAt, sighting.queued);
        if (sighting.clockSkewSeconds)
            tables.kiosks.recordClockSkew(sighting.kioskId, *sighting.clockSkewSeconds);
    }
}

QList<StoreOutcome> storeRatingsOnce(StorageTables &tables, const SqlDialect &dialect,
                                     const QList<StoredRating> &ratings,
                                     const QList<KioskSightings::Sighting> &sightings)
{
    // Every lock is taken in one global order — kiosk rows, then ratings by id, then rollup
    // rows by key (RollupBatch) — so concurrent batches from other processes wait for each
    // other instead of deadlocking.
    QList<int> order(ratings.size());
    std::iota(order.begin(), order.end(), 0);
    // Stable: of two ratings with one id in a batch, the first one sent is the one kept.
    std::stable_sort(order.begin(), order.end(), [&ratings](int a, int b) {
        return ratings.at(a).rating.id < ratings.at(b).rating.id;
    });
    // A rating through a dossier's link comes from no kiosk (empty id, seq 0): it takes no
    // kiosk lock and counts in no kiosk's sequence.
    QStringList kiosks;
    for (const StoredRating &stored : ratings) {
        if (!stored.kioskId.isEmpty())
            kiosks.append(stored.kioskId);
    }
    kiosks.sort();
    kiosks.removeDuplicates();

    // One transaction per batch: a single fsync acknowledges every rating in it, and the
    // rollups count exactly the ratings it inserts.
    // Kiosk sightings go first: the kiosks rows precede every other lock in the global order.
    execOrThrow(tables.db, dialect.beginWrite());
    QList<StoreOutcome> outcomes(ratings.size(), StoreOutcome::Accepted);
    try {
        writeSightings(tables, sightings);
        for (const QString &kiosk : std::as_const(kiosks))
            tables.kioskSequences.lock(kiosk);
        RollupBatch rollups;
        // Read in the transaction, so a member registered by another process counts from the
        // first batch after it.
        const RegisteredStaff registered(tables.staff.all());
        for (const int index : std::as_const(order)) {
            StoredRating stored = ratings.at(index);
            if (!stored.rating.staff.isEmpty() &&
                !registered.attributes(stored.unitId, stored.rating.staff)) {
                stored.rating.staff.clear();
                stored.unattributed = true;
            }
            if (tables.ratings.insertIfNew(stored)) {
                const bool newSeq =
                    !stored.kioskId.isEmpty() &&
                    tables.ratings.countWithSeq(stored.kioskId, stored.rating.seq) == 1;
                const QString id = stored.rating.id.toString(QUuid::WithoutBraces);
                const bool repeated =
                    !stored.dossierHash.isEmpty() &&
                    !tables.dossierRatings.claim(stored.dossierHash, id, stored.centreId);
                if (repeated)
                    tables.ratings.markRepeated(id);
                // A repeat rating of a dossier is left out of the figures, but a complaint in it
                // is still a complaint: it opens its case too.
                if (opensCase(stored.rating))
                    tables.cases.open(id, stored.receivedAt, stored.centreId);
                rollups.add(stored, newSeq, repeated);
                continue;
            }
            const std::optional<QString> existing = tables.ratings.fingerprintOf(stored.rating.id);
            outcomes[index] =
                existing == stored.fingerprint ? StoreOutcome::Duplicate : StoreOutcome::Conflict;
        }
        rollups.writeTo(tables.ratingDays, tables.indicatorDays, tables.ratingHours,
                        tables.kioskSequences);
        execOrThrow(tables.db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(tables.db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return outcomes;
}

// Transient failures (PostgreSQL deadlock victims, serialisation failures) are rare and clear
// on the next try; a handful of tries turns them into successes without hiding a real fault.
QList<StoreOutcome> storeRatingsRetrying(StorageTables &tables, const SqlDialect &dialect,
                                         const QList<StoredRating> &ratings,
                                         const QList<KioskSightings::Sighting> &sightings)
{
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            return storeRatingsOnce(tables, dialect, ratings, sightings);
        } catch (const TransientStorageError &) {
            if (attempt == attempts)
                throw;
        }
    }
}
// A transaction's size is capped so that one commit's latency stays bounded.
constexpr qsizetype maxRatingsPerCommit = 5000;
} // namespace

SqlStorage::SqlStorage(QSqlDatabase db, SqlDialect dialect)
    : m_connectionName(db.connectionName())
    , m_dialect(dialect)
{
    try {
        Migrations::apply(db, m_dialect);
        m_tables = std::make_unique<StorageTables>(db);
        m_commits = std::make_unique<CommitThread>(db, m_dialect);
    } catch (...) {
        SqlConnection::remove(db);
        throw;
    }
}

SqlStorage::~SqlStorage()
{
    m_commits.reset();
    if (m_tables) {
        // What only this process knew about its kiosks reaches the database.
        writeSightingsAlone(m_sightings.pending());
        QSqlDatabase db = m_tables->db;
        m_tables.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlStorage::reconnectIfLost()
{
    if (!m_dialect.canLoseConnection() || answersQueries(m_tables->db))
        return false;
    QSqlDatabase db = m_tables->db;
    db.close();
    try {
        SqlConnection::open(db, m_dialect, QStringLiteral("again"));
        // Statements are prepared on a connection: those of the lost one go with it.
        m_tables = std::make_unique<StorageTables>(db);
    } catch (const StorageError &fault) {
        // Still away: the old statements stay, and fail cleanly until the next try.
        qCWarning(connectionLog) << "database still unreachable:" << fault.what();
        return false;
    }
    return true;
}

QSqlDatabase SqlStorage::database() const
{
    return m_tables->db;
}

Result<bool> SqlStorage::addCentre(const CentreRecord &centre)
{
    if (m_tables->centres.find(centre.id))
        return ValidationError{
            QStringLiteral("duplicate-centre"),
            QStringLiteral("Trung tâm \"%1\" đã có / centre \"%1\" already exists").arg(centre.id)};
    m_tables->centres.insert(centre);
    return true;
}

std::optional<CentreRecord> SqlStorage::centre(const QString &id)
{
    return m_tables->centres.find(id);
}

QList<CentreRecord> SqlStorage::centres()
{
    return m_tables->centres.all();
}

void SqlStorage::nameUnnamedCentres(const QString &name)
{
    m_tables->centres.nameUnnamed(name);
}

Result<bool> SqlStorage::addUnit(const UnitRecord &unit)
{
    if (m_tables->units.find(unit.id))
        return ValidationError{QStringLiteral("duplicate-unit"),
                               QStringLiteral("unit \"%1\" already exists").arg(unit.id)};
    m_tables->units.insert(unit);
    return true;
}

std::optional<UnitRecord> SqlStorage::unit(const QString &id)
{
    return m_tables->units.find(id);
}

QList<UnitRecord> SqlStorage::units()
{
    return m_tables->units.all();
}

bool SqlStorage::renameUnit(const QString &id, const QString &name)
{
    if (!m_tables->units.find(id))
        return false;
    m_tables->units.rename(id, name);
    return true;
}

Result<bool> SqlStorage::removeUnit(const QString &id)
{
    if (!m_tables->units.find(id))
        return ValidationError{QStringLiteral("unknown-unit"),
                               QStringLiteral("unit \"%1\" does not exist").arg(id)};
    if (m_tables->units.isReferenced(id))
        return ValidationError{QStringLiteral("unit-in-use"),
                               QStringLiteral("unit \"%1\" has kiosks or ratings").arg(id)};
    m_tables->units.remove(id);
    return true;
}

Result<bool> SqlStorage::addKiosk(const KioskRecord &kiosk, const QString &tokenDigest)
{
    if (!m_tables->units.find(kiosk.unitId))
        return ValidationError{QStringLiteral("unknown-unit"),
                               QStringLiteral("unit \"%1\" does not exist").arg(kiosk.unitId)};
    if (m_tables->kiosks.exists(kiosk.id))
        return ValidationError{QStringLiteral("duplicate-kiosk"),
                               QStringLiteral("kiosk \"%1\" already exists").arg(kiosk.id)};
    m_tables->kiosks.insert(kiosk, tokenDigest);
    return true;
}

std::optional<AuthenticatedKiosk> SqlStorage::kioskByTokenDigest(const QString &digest)
{
    // A kiosk's identity never changes once it is added; only its revocation does, and that is
    // read on every call, so a kiosk revoked by any process is refused at its next request.
    // The identity is kept from the first read: one small lookup per request instead of three.
    const auto known = m_kioskIdentities.constFind(digest);
    if (known != m_kioskIdentities.cend()) {
        const std::optional<bool> revoked = m_tables->kiosks.revokedByTokenDigest(digest);
        if (revoked == false)
            return *known;
        m_kioskIdentities.erase(known);
        if (!revoked)
            return std::nullopt;
    }
    std::optional<AuthenticatedKiosk> found = m_tables->kiosks.findByTokenDigest(digest);
    if (!found || found->kiosk.revoked)
        return found;
    AuthenticatedKiosk identity = *found;
    identity.kiosk.lastSeen.reset();
    identity.kiosk.queued.reset();
    identity.kiosk.clockSkewSeconds.reset();
    // Only tokens that belong to a kiosk get here, so this holds the centre's kiosks at most.
    m_kioskIdentities.insert(digest, identity);
    return identity;
}

QList<KioskRecord> SqlStorage::kiosks()
{
    QList<KioskRecord> kiosks = m_tables->kiosks.all();
    m_sightings.overlay(kiosks);
    return kiosks;
}

void SqlStorage::recordKioskSeen(const QString &kioskId, const QDateTime &at,
                                 std::optional<int> queued)
{
    m_sightings.seen(kioskId, at, queued);
    writeSightingIfDue(kioskId);
}

void SqlStorage::recordKioskClockSkew(const QString &kioskId, qint64 seconds)
{
    m_sightings.clockSkew(kioskId, seconds);
}

void SqlStorage::writeSightingsAlone(const QList<KioskSightings::Sighting> &sightings)
{
    if (sightings.isEmpty())
        return;
    try {
        execOrThrow(m_tables->db, m_dialect.beginWrite());
        try {
            writeSightings(*m_tables, sightings);
            execOrThrow(m_tables->db, QStringLiteral("COMMIT"));
        } catch (...) {
            QSqlQuery(m_tables->db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        m_sightings.markWritten(sightings, QDateTime::currentDateTimeUtc());
    } catch (const StorageError &fault) {
        // Last-seen is advisory: it stays pending for the next ratings transaction, and the
        // request that brought it is answered as usual.
        qCWarning(sightingLog) << "kiosk last-seen not written yet:" << fault.what();
    }
}

void SqlStorage::writeSightingIfDue(const QString &kioskId)
{
    if (!m_sightings.isDue(kioskId, QDateTime::currentDateTimeUtc()))
        return;
    if (const std::optional<KioskSightings::Sighting> sighting = m_sightings.pendingFor(kioskId))
        writeSightingsAlone({*sighting});
}

bool SqlStorage::revokeKiosk(const QString &kioskId)
{
    if (!m_tables->kiosks.exists(kioskId))
        return false;
    m_tables->kiosks.revoke(kioskId);
    return true;
}

QHash<QString, KioskRatingStats> SqlStorage::kioskRatingStats(const QDateTime &dayStart,
                                                              const QDateTime &dayEnd)
{
    QHash<QString, KioskRatingStats> stats = m_tables->kioskSequences.all();
    const QHash<QString, qint64> today = m_tables->ratings.countsByKiosk(dayStart, dayEnd);
    for (auto it = today.cbegin(); it != today.cend(); ++it)
        stats[it.key()].ratingsToday = it.value();
    return stats;
}

Result<bool> SqlStorage::addUser(const UserRecord &user)
{
    if (m_tables->users.find(user.name))
        return ValidationError{QStringLiteral("duplicate-user"),
                               QStringLiteral("user \"%1\" already exists").arg(user.name)};
    m_tables->users.insert(user);
    return true;
}

std::optional<UserRecord> SqlStorage::user(const QString &name)
{
    return m_tables->users.find(name);
}

QList<UserRecord> SqlStorage::users()
{
    return m_tables->users.all();
}

bool SqlStorage::disableUser(const QString &name)
{
    if (!m_tables->users.find(name))
        return false;
    m_tables->users.disable(name);
    m_tables->sessions.removeOfUser(name);
    return true;
}

bool SqlStorage::enableUser(const QString &name)
{
    if (!m_tables->users.find(name))
        return false;
    m_tables->users.enable(name);
    return true;
}

bool SqlStorage::setUserPassword(const QString &name, const QString &passwordHash, bool endSessions)
{
    if (!m_tables->users.find(name))
        return false;
    m_tables->users.setPasswordHash(name, passwordHash);
    if (endSessions)
        m_tables->sessions.removeOfUser(name);
    return true;
}

void SqlStorage::recordLogin(const QString &name, const QDateTime &at)
{
    m_tables->users.recordLogin(name, at);
}

void SqlStorage::createSession(const SessionRecord &session)
{
    m_tables->sessions.insert(session);
}

std::optional<SessionRecord> SqlStorage::session(const QString &tokenDigest, const QDateTime &now)
{
    return m_tables->sessions.findValid(tokenDigest, now);
}

void SqlStorage::deleteSession(const QString &tokenDigest)
{
    m_tables->sessions.remove(tokenDigest);
}

void SqlStorage::recordLoginFailure(const QString &user, const QString &address,
                                    const QDateTime &at)
{
    m_tables->loginAttempts.recordFailure(user, address, at);
}

int SqlStorage::loginFailuresSince(const QString &user, const QString &address,
                                   const QDateTime &since)
{
    return m_tables->loginAttempts.failuresSince(user, address, since);
}

int SqlStorage::addressLoginFailuresSince(const QString &address, const QDateTime &since)
{
    return m_tables->loginAttempts.addressFailuresSince(address, since);
}

void SqlStorage::clearLoginFailures(const QString &user, const QString &address)
{
    m_tables->loginAttempts.clear(user, address);
}

void SqlStorage::pruneLoginFailures(const QDateTime &before, const QDateTime &unknownBefore)
{
    m_tables->loginAttempts.prune(before, unknownBefore);
}

void SqlStorage::appendAudit(const AuditEntry &entry)
{
    m_tables->auditLog.append(entry);
}

QList<AuditEntry> SqlStorage::auditEntries(int limit, const QString &centre)
{
    return m_tables->auditLog.latest(limit, centre);
}

QList<StoreOutcome> SqlStorage::storeRatings(const QList<StoredRating> &ratings)
{
    const QList<KioskSightings::Sighting> sightings = m_sightings.pending();
    const QList<StoreOutcome> outcomes =
        storeRatingsRetrying(*m_tables, m_dialect, ratings, sightings);
    m_sightings.markWritten(sightings, QDateTime::currentDateTimeUtc());
    return outcomes;
}

void SqlStorage::storeRatingsInBackground(QList<StoredRating> ratings, QObject *context,
                                          std::function<void(StoreResult)> done)
{
    PendingStore pending{std::move(ratings), m_sightings.pending(), context, std::move(done)};
    const std::lock_guard lock(m_pendingMutex);
    m_pendingStores.push_back(std::move(pending));
    // The job holds the thread itself, not m_commits, which is already null while the
    // destructor lets the last jobs finish.
    if (!std::exchange(m_draining, true))
        m_commits->post([this, commits = m_commits.get()] { drainPendingStores(*commits); });
}

void SqlStorage::drainPendingStores(CommitThread &commits)
{
    for (;;) {
        auto group = std::make_shared<PendingGroup>();
        qsizetype count = 0;
        {
            const std::lock_guard lock(m_pendingMutex);
            while (!m_pendingStores.empty() &&
                   (group->empty() ||
                    count + m_pendingStores.front().ratings.size() <= maxRatingsPerCommit)) {
                count += m_pendingStores.front().ratings.size();
                group->push_back(std::move(m_pendingStores.front()));
                m_pendingStores.pop_front();
            }
            if (group->empty()) {
                m_draining = false;
                return;
            }
        }
        QList<StoredRating> ratings;
        ratings.reserve(count);
        for (const PendingStore &pending : *group)
            ratings += pending.ratings;
        // The latest snapshot holds every sighting not yet written when it was taken.
        auto result = std::make_shared<StoreResult>(QList<StoreOutcome>());
        try {
            *result =
                storeRatingsRetrying(commits.tables(), m_dialect, ratings, group->back().sightings);
        } catch (const StorageError &fault) {
            *result = fault;
            commits.dropConnectionIfLost();
        }
        commits.answer([this, group, result] { answerPendingStores(*group, *result); });
    }
}

void SqlStorage::answerPendingStores(const PendingGroup &group, const StoreResult &result)
{
    const auto *outcomes = std::get_if<QList<StoreOutcome>>(&result);
    if (outcomes)
        m_sightings.markWritten(group.back().sightings, QDateTime::currentDateTimeUtc());
    qsizetype next = 0;
    for (const PendingStore &pending : group) {
        const qsizetype size = pending.ratings.size();
        if (pending.context) {
            if (outcomes)
                pending.done(outcomes->mid(next, size));
            else
                pending.done(result);
        }
        next += size;
    }
}

QList<RatingBucket> SqlStorage::ratingBuckets(const QDateTime &from, const QDateTime &to,
                                              const QString &centre)
{
    const qint64 firstDay = CentreDay::firstStartingAtOrAfter(from);
    const qint64 endDay = CentreDay::of(to);
    if (firstDay >= endDay)
        return m_tables->ratings.buckets(from, to, centre);
    QList<RatingBucket> buckets = m_tables->indicatorDays.buckets(firstDay, endDay, centre);
    // Only a range that does not start or end at midnight reads ratings, and then at most the
    // part of a day before and after the whole days.
    if (from < CentreDay::start(firstDay))
        buckets += m_tables->ratings.buckets(from, CentreDay::start(firstDay), centre);
    if (CentreDay::start(endDay) < to)
        buckets += m_tables->ratings.buckets(CentreDay::start(endDay), to, centre);
    return buckets;
}

QList<StoredRating> SqlStorage::ratingsBetween(const QDateTime &from, const QDateTime &to)
{
    return m_tables->ratings.between(from, to);
}

QList<StoredRating> SqlStorage::latestComments(const QDateTime &from, const QDateTime &to,
                                               int limit, const QString &centre)
{
    return m_tables->ratings.latestWithComment(from, to, limit, centre);
}

QList<StoredRating> SqlStorage::lowestComments(const QDateTime &from, const QDateTime &to,
                                               int limit, const QDateTime &receivedBy,
                                               const QString &centre)
{
    return m_tables->ratings.lowestWithComment(from, to, limit, receivedBy, centre);
}

QHash<QString, qint64> SqlStorage::reasonCounts(const QDateTime &from, const QDateTime &to,
                                                const QDateTime &receivedBy, const QString &centre)
{
    return m_tables->ratings.reasonCounts(from, to, receivedBy, centre);
}

QList<CriteriaAnswers> SqlStorage::criteriaAnswers(const QDateTime &from, const QDateTime &to,
                                                   const QDateTime &receivedBy,
                                                   const QString &centre)
{
    return m_tables->ratings.criteriaAnswers(from, to, receivedBy, centre);
}

QList<ReasonTally> SqlStorage::reasonTallies(const QDateTime &from, const QDateTime &to,
                                             const QDateTime &receivedBy, const QString &centre)
{
    return m_tables->ratings.reasonTallies(from, to, receivedBy, centre);
}

QMap<int, qint64> SqlStorage::levelCounts(const QDateTime &from, const QDateTime &to,
                                          const QString &centre)
{
    return m_tables->ratings.levelCounts(from, to, centre);
}

QList<RollupTotals> SqlStorage::rollupTotals(const QDate &firstDay, const QDate &endDay,
                                             const QString &centre)
{
    return m_tables->ratingDays.totals(CentreDay::number(firstDay), CentreDay::number(endDay),
                                       centre);
}

QList<DayBucket> SqlStorage::dailyBuckets(const QDate &firstDay, const QDate &endDay,
                                          const QString &centre)
{
    return m_tables->indicatorDays.daily(CentreDay::number(firstDay), CentreDay::number(endDay),
                                         centre);
}

QList<HourTally> SqlStorage::hourlyTallies(const QDate &day, const QString &centre)
{
    return m_tables->ratingHours.hours(CentreDay::number(day), centre);
}

Result<bool> SqlStorage::closePeriod(const PeriodClosingRecord &record)
{
    if (!m_tables->periodClosings.insert(record))
        return ValidationError{
            QStringLiteral("already-closed"),
            QStringLiteral("Kỳ %1 đã được chốt / %1 is already closed").arg(record.period)};
    return true;
}

std::optional<PeriodClosingRecord>
SqlStorage::periodClosing(const QString &rule, const QString &period, const QString &centre)
{
    return m_tables->periodClosings.find(rule, period, centre);
}

QStringList SqlStorage::centresClosed(const QString &rule, const QString &period)
{
    return m_tables->periodClosings.centres(rule, period);
}

bool SqlStorage::reopenPeriod(const QString &rule, const QString &period, const QString &centre)
{
    return m_tables->periodClosings.remove(rule, period, centre);
}

QList<DossierOutcome> SqlStorage::storeDossiers(const QList<StoredDossier> &dossiers)
{
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        execOrThrow(m_tables->db, m_dialect.beginWrite());
        try {
            QList<DossierOutcome> outcomes;
            outcomes.reserve(dossiers.size());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const StoredDossier &dossier : dossiers)
                outcomes.append(m_tables->dossiers.upsert(dossier, now));
            execOrThrow(m_tables->db, QStringLiteral("COMMIT"));
            return outcomes;
        } catch (const TransientStorageError &) {
            QSqlQuery(m_tables->db).exec(QStringLiteral("ROLLBACK"));
            if (attempt == attempts)
                throw;
        } catch (...) {
            QSqlQuery(m_tables->db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

std::optional<StoredDossier> SqlStorage::dossier(const QString &codeHash, const QString &centre)
{
    return m_tables->dossiers.findByCodeHash(codeHash, centre);
}

std::optional<StoredDossier> SqlStorage::dossierByLinkDigest(const QString &linkDigest)
{
    return m_tables->dossiers.findByLinkDigest(linkDigest);
}

bool SqlStorage::dossierRated(const QString &codeHash, const QString &centre)
{
    return m_tables->dossierRatings.isClaimed(codeHash, centre);
}

DossierTally SqlStorage::dossierTally(const QDateTime &from, const QDateTime &to,
                                      const QString &centre)
{
    return m_tables->dossiers.tally(from, to, centre);
}

Result<bool> SqlStorage::addIntegration(const IntegrationRecord &integration,
                                        const QString &tokenDigest)
{
    if (m_tables->integrations.exists(integration.name))
        return ValidationError{
            QStringLiteral("duplicate-integration"),
            QStringLiteral("integration \"%1\" already exists").arg(integration.name)};
    m_tables->integrations.insert(integration, tokenDigest);
    return true;
}

std::optional<IntegrationRecord> SqlStorage::integrationByTokenDigest(const QString &digest)
{
    return m_tables->integrations.findByTokenDigest(digest);
}

QList<CaseRecord> SqlStorage::cases(const QList<CaseStatus> &statuses, const QString &centre)
{
    return m_tables->cases.withStatus(statuses, centre);
}

Result<CaseRecord> SqlStorage::moveCase(const QString &id, const CaseMove &move,
                                        const QString &centre)
{
    // Read and written under the write lock, so two staff members moving one case at once
    // cannot both move it from where it was.
    execOrThrow(m_tables->db, m_dialect.beginWrite());
    try {
        std::optional<CaseRecord> record = m_tables->cases.find(id, centre);
        if (!record || !caseMoveAllowed(record->status, move.status)) {
            execOrThrow(m_tables->db, QStringLiteral("ROLLBACK"));
            if (!record)
                return ValidationError{QStringLiteral("unknown-case"),
                                       QStringLiteral("Không có phản ánh này / no such case")};
            return ValidationError{
                QStringLiteral("invalid-move"),
                QStringLiteral("Phản ánh đang ở trạng thái \"%1\", không chuyển sang \"%2\" "
                               "được / a case at \"%1\" cannot move to \"%2\"")
                    .arg(caseStatusCode(record->status), caseStatusCode(move.status))};
        }
        record->status = move.status;
        record->handler = move.handler;
        if (move.note)
            record->note = *move.note;
        if (move.action)
            record->action = *move.action;
        record->updatedAt = move.at;
        if (!caseAwaitsAnswer(move.status) && !record->answeredAt)
            record->answeredAt = move.at;
        m_tables->cases.update(*record);
        execOrThrow(m_tables->db, QStringLiteral("COMMIT"));
        return *record;
    } catch (...) {
        QSqlQuery(m_tables->db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

QList<CaseTiming> SqlStorage::casesOpenedBetween(const QDateTime &from, const QDateTime &to,
                                                 const QString &centre)
{
    return m_tables->cases.openedBetween(from, to, centre);
}

Result<bool> SqlStorage::addStaffMember(const StaffRecord &member)
{
    if (m_tables->staff.find(member.code))
        return ValidationError{QStringLiteral("duplicate-staff"),
                               QStringLiteral("Mã cán bộ \"%1\" đã có / staff code \"%1\" "
                                              "already exists")
                                   .arg(member.code)};
    const std::optional<UnitRecord> unit = m_tables->units.find(member.unitId);
    if (!unit)
        return ValidationError{
            QStringLiteral("unknown-unit"),
            QStringLiteral("Không có đơn vị \"%1\" / no unit \"%1\"").arg(member.unitId)};
    m_tables->staff.insert(member, unit->centreId);
    return true;
}

std::optional<StaffRecord> SqlStorage::staffMember(const QString &code)
{
    return m_tables->staff.find(code);
}

QList<StaffRecord> SqlStorage::staffMembers()
{
    return m_tables->staff.all();
}

void SqlStorage::putNotificationChoice(const NotificationChoiceRecord &choice)
{
    m_tables->notificationChoices.put(choice);
}

std::optional<NotificationChoiceRecord> SqlStorage::notificationChoice(const QString &centreId,
                                                                       const QString &user)
{
    return m_tables->notificationChoices.find(centreId, user);
}

QList<NotificationChoiceRecord> SqlStorage::notificationChoices()
{
    return m_tables->notificationChoices.all();
}

bool SqlStorage::claimDigestDay(const QDate &day)
{
    return m_tables->digestDays.claim(day);
}

QHash<QString, qint64> SqlStorage::staffReasonCounts(const QString &code, const QDateTime &from,
                                                     const QDateTime &to,
                                                     const QDateTime &receivedBy)
{
    return m_tables->ratings.staffReasonCounts(code, from, to, receivedBy);
}

int SqlStorage::purgeCommentsBefore(const QDateTime &cutoff)
{
    QSqlQuery query(m_tables->db);
    query.prepare(
        QStringLiteral("UPDATE ratings SET comment = '' WHERE effective_at < ? AND comment <> ''"));
    query.addBindValue(toStoredInstant(cutoff));
    if (!query.exec())
        throw StorageError(QStringLiteral("cannot purge old comments: %1")
                               .arg(query.lastError().text())
                               .toStdString());
    return query.numRowsAffected();
}

Result<CentreImportOutcome> SqlStorage::importCentre(const CentreImportRequest &request)
{
    return CentreTransfer(m_tables->db, m_dialect).run(request);
}

} // namespace hailong
