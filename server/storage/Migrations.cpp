#include "storage/Migrations.h"

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hailong {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        {1,
         {
             QStringLiteral("CREATE TABLE units (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                            "name TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE kiosks (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL REFERENCES "
                 "units(id), counter TEXT NOT NULL DEFAULT '', token_digest TEXT NOT NULL UNIQUE, "
                 "revoked INTEGER NOT NULL DEFAULT 0, last_seen INTEGER, queued INTEGER)"),
             QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, "
                            "password_hash TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE sessions (token_digest TEXT PRIMARY KEY, user_name TEXT "
                            "NOT NULL, role TEXT NOT NULL, csrf_digest TEXT NOT NULL, "
                            "expires_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE login_attempts (user_name TEXT NOT NULL, "
                            "at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX login_attempts_user ON login_attempts(user_name, at)"),
             QStringLiteral("CREATE TABLE audit_log (at INTEGER NOT NULL, event TEXT NOT NULL, "
                            "actor TEXT NOT NULL, detail TEXT NOT NULL)"),
             // A rating belongs to the period of effective_at: when the citizen rated
             // (created_at), moved by the kiosk's measured clock error when that was wrong
             // (clock_skew = 1; see RatingIngest).
             QStringLiteral(
                 "CREATE TABLE ratings (id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, "
                 "unit_id TEXT NOT NULL, unit_kind TEXT NOT NULL, survey TEXT NOT NULL, "
                 "overall INTEGER NOT NULL, satisfied INTEGER NOT NULL, tied INTEGER NOT NULL, "
                 "field TEXT NOT NULL, procedure TEXT NOT NULL, dossier_hash TEXT NOT NULL, "
                 "counter TEXT NOT NULL, staff TEXT NOT NULL, lang TEXT NOT NULL, "
                 "ended TEXT NOT NULL, suspect INTEGER NOT NULL, comment TEXT NOT NULL, "
                 "criteria TEXT NOT NULL, reasons TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "created_at INTEGER NOT NULL, created_offset INTEGER NOT NULL, "
                 "received_at INTEGER NOT NULL, effective_at INTEGER NOT NULL, "
                 "clock_skew INTEGER NOT NULL, fingerprint TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX ratings_effective ON ratings(effective_at)"),
             QStringLiteral("CREATE INDEX ratings_kiosk_seq ON ratings(kiosk_id, seq)"),
         }},
        // The dashboard's administration page and the clock-skew rule: a kiosk's clock is
        // measured against its HTTP Date header, and the shift applied to a rating is kept.
        {2,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE users ADD COLUMN created_at INTEGER"),
             QStringLiteral("ALTER TABLE users ADD COLUMN last_login INTEGER"),
             QStringLiteral("ALTER TABLE kiosks ADD COLUMN clock_skew_seconds INTEGER"),
             QStringLiteral("ALTER TABLE ratings ADD COLUMN clock_skew_seconds INTEGER"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN ok INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
         }},
        // Daily rollups, kept in the transaction that stores each rating (see RollupBatch), so
        // that figures over a period read O(days × groups) rows, never the ratings. A day is
        // the centre's (UTC+7): (effective_at + 7 h) / 24 h in whole days since 1970-01-01.
        {3,
         {
             QStringLiteral(
                 "CREATE TABLE rollup_days (day BIGINT NOT NULL, unit_id TEXT NOT NULL, "
                 "unit_kind TEXT NOT NULL, tied BIGINT NOT NULL, field TEXT NOT NULL, "
                 "counter TEXT NOT NULL, staff TEXT NOT NULL, suspect BIGINT NOT NULL, "
                 "n BIGINT NOT NULL, satisfied BIGINT NOT NULL, clock_skewed BIGINT NOT NULL, "
                 "PRIMARY KEY (day, unit_id, unit_kind, tied, field, counter, staff, suspect))"),
             QStringLiteral(
                 "INSERT INTO rollup_days (day, unit_id, unit_kind, tied, field, counter, staff, "
                 "suspect, n, satisfied, clock_skewed) SELECT (effective_at + 25200000) / "
                 "86400000, unit_id, unit_kind, tied, field, counter, staff, suspect, COUNT(*), "
                 "SUM(satisfied), SUM(clock_skew) FROM ratings GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"),
             QStringLiteral(
                 "CREATE TABLE rollup_indicator_days (day BIGINT NOT NULL, unit_kind TEXT NOT "
                 "NULL, tied BIGINT NOT NULL, field TEXT NOT NULL, n BIGINT NOT NULL, "
                 "satisfied BIGINT NOT NULL, PRIMARY KEY (day, unit_kind, tied, field))"),
             QStringLiteral("INSERT INTO rollup_indicator_days (day, unit_kind, tied, field, n, "
                            "satisfied) SELECT (effective_at + 25200000) / 86400000, unit_kind, "
                            "tied, field, COUNT(*), SUM(satisfied) FROM ratings WHERE suspect = 0 "
                            "GROUP BY 1, 2, 3, 4"),
             QStringLiteral("CREATE TABLE rollup_hours (day BIGINT NOT NULL, hour BIGINT NOT NULL, "
                            "n BIGINT NOT NULL, satisfied BIGINT NOT NULL, PRIMARY KEY (day, "
                            "hour))"),
             QStringLiteral("INSERT INTO rollup_hours (day, hour, n, satisfied) SELECT "
                            "(effective_at + 25200000) / 86400000, ((effective_at + 25200000) % "
                            "86400000) / 3600000, COUNT(*), SUM(satisfied) FROM ratings WHERE "
                            "suspect = 0 GROUP BY 1, 2"),
             QStringLiteral("CREATE TABLE kiosk_sequences (kiosk_id TEXT PRIMARY KEY, low BIGINT "
                            "NOT NULL, high BIGINT NOT NULL, seqs BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO kiosk_sequences (kiosk_id, low, high, seqs) SELECT "
                            "kiosk_id, MIN(seq), MAX(seq), COUNT(DISTINCT seq) FROM ratings "
                            "GROUP BY kiosk_id"),
         }},
        // Mutual TLS: the SHA-256 fingerprint (hex) of the client certificate `kiosk add
        // --client-cert` issued. A table of its own rather than a column, so that a kiosk is
        // known by its certificate the way it is known by its token digest, and so that the
        // step can run again safely.
        {4,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS kiosk_certificates (kiosk_id TEXT "
                            "PRIMARY KEY REFERENCES kiosks(id), sha256 TEXT NOT NULL UNIQUE)"),
         }},
        // Staff logins: failures count per account and address (the lockout) and per address
        // (the throttle), and are deleted once they no longer count. The table is made anew
        // (its rows matter for 15 minutes at most), so the step can also run again safely.
        {5,
         {
             QStringLiteral("DROP TABLE IF EXISTS login_attempts"),
             QStringLiteral("CREATE TABLE login_attempts (user_name TEXT NOT NULL, address TEXT "
                            "NOT NULL, at INTEGER NOT NULL, centre_id TEXT NOT NULL DEFAULT "
                            "'main')"),
             QStringLiteral(
                 "CREATE INDEX login_attempts_account ON login_attempts(user_name, address, at)"),
             QStringLiteral("CREATE INDEX login_attempts_address ON login_attempts(address, at)"),
             QStringLiteral("CREATE INDEX login_attempts_at ON login_attempts(at)"),
         }},
        // A rating's counter is its kiosk's (RatingIngest): ratings stored without one — a
        // citizen who rated without a counter prompt — get their kiosk's. Their days' rollups
        // are deleted first and built again from the ratings, so no rollup row is re-keyed onto
        // one that exists; run again, the step finds nothing to do.
        {6,
         {
             QStringLiteral("DELETE FROM rollup_days WHERE day IN (SELECT DISTINCT "
                            "(r.effective_at + 25200000) / 86400000 FROM ratings r JOIN kiosks k "
                            "ON k.id = r.kiosk_id WHERE r.counter = '' AND k.counter <> '')"),
             QStringLiteral("UPDATE ratings SET counter = (SELECT k.counter FROM kiosks k WHERE "
                            "k.id = ratings.kiosk_id) WHERE counter = '' AND kiosk_id IN (SELECT "
                            "id FROM kiosks WHERE counter <> '')"),
             QStringLiteral(
                 "INSERT INTO rollup_days (day, unit_id, unit_kind, tied, field, counter, staff, "
                 "suspect, n, satisfied, clock_skewed) SELECT (effective_at + 25200000) / "
                 "86400000, unit_id, unit_kind, tied, field, counter, staff, suspect, COUNT(*), "
                 "SUM(satisfied), SUM(clock_skew) FROM ratings WHERE (effective_at + 25200000) / "
                 "86400000 NOT IN (SELECT day FROM rollup_days) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"),
         }},
        // Closed periods ("chốt số liệu"): a period's figures as they were when its report was
        // sent, kept with the closing (the rollups' buckets then) so that they never move and
        // the ratings that arrive later are told apart by difference, without reading ratings.
        {7,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS period_closings (centre_id TEXT NOT NULL "
                            "DEFAULT 'main', rule TEXT NOT NULL, period TEXT NOT NULL, closed_at "
                            "INTEGER NOT NULL, closed_by TEXT NOT NULL, buckets TEXT NOT NULL, "
                            "PRIMARY KEY (centre_id, rule, period))"),
         }},
        // Dossiers from the one-stop system, the code kept as its keyed hash (the ratings'
        // dossier_hash), with the rating link's digest and expiry; the systems allowed to post
        // them; and one counted rating per dossier: dossier_ratings holds the first rating
        // received for a dossier hash (whether or not the dossier is known yet) and how many
        // came after it, which the ratings table flags as repeated and the rollups leave out.
        {8,
         {
             QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS dossiers (centre_id TEXT NOT NULL DEFAULT 'main', "
                 "code_hash TEXT NOT NULL, unit_id TEXT NOT NULL, field TEXT NOT NULL, procedure "
                 "TEXT NOT NULL, channel TEXT NOT NULL, received_at INTEGER NOT NULL, due_at "
                 "INTEGER NOT NULL, returned_at INTEGER, staff TEXT NOT NULL, first_stored_at "
                 "INTEGER NOT NULL, updated_at INTEGER NOT NULL, link_digest TEXT NOT NULL "
                 "UNIQUE, link_expires_at INTEGER NOT NULL, link_used_at INTEGER, PRIMARY KEY "
                 "(centre_id, code_hash))"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS dossiers_returned ON dossiers(returned_at)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS dossier_ratings (centre_id TEXT NOT NULL "
                            "DEFAULT 'main', dossier_hash TEXT NOT NULL, rating_id TEXT NOT NULL, "
                            "repeats INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (centre_id, "
                            "dossier_hash))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS integrations (centre_id TEXT NOT NULL "
                            "DEFAULT 'main', name TEXT PRIMARY KEY, token_digest TEXT NOT NULL "
                            "UNIQUE, created_at INTEGER NOT NULL)"),
             QStringLiteral("ALTER TABLE ratings ADD COLUMN IF NOT EXISTS repeated INTEGER NOT "
                            "NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE ratings ADD COLUMN IF NOT EXISTS channel TEXT NOT NULL "
                            "DEFAULT 'kiosk'"),
             // Ratings stored before: the first received per dossier is its counted one, so later
             // ones repeat; earlier figures, already reported, are left as they were.
             QStringLiteral("INSERT INTO dossier_ratings (dossier_hash, rating_id, repeats) "
                            "SELECT r.dossier_hash, MIN(r.id), 0 FROM ratings r WHERE "
                            "r.dossier_hash <> '' AND r.received_at = (SELECT MIN(o.received_at) "
                            "FROM ratings o WHERE o.dossier_hash = r.dossier_hash) GROUP BY "
                            "r.dossier_hash ON CONFLICT DO NOTHING"),
         }},
        // The survey a unit's kiosks show, and a kiosk's own choice over it; empty: by the
        // unit's kind (BuiltInSurveys::idForKind), so earlier units and kiosks keep theirs.
        {9,
         {
             QStringLiteral("ALTER TABLE units ADD COLUMN IF NOT EXISTS survey TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE kiosks ADD COLUMN IF NOT EXISTS survey TEXT NOT NULL "
                            "DEFAULT ''"),
         }},
        // The staff register: the codes ratings may be attributed to, each at one unit. A rating
        // naming a code the register does not hold for its unit is stored without it and
        // flagged, and the day's rollup counts it as unattributed (see RegisteredStaff).
        {10,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS staff (centre_id TEXT NOT NULL DEFAULT "
                            "'main', code TEXT PRIMARY KEY, name TEXT NOT NULL, unit_id TEXT NOT "
                            "NULL REFERENCES units(id), counter TEXT NOT NULL DEFAULT '', "
                            "created_at INTEGER NOT NULL)"),
             QStringLiteral("ALTER TABLE ratings ADD COLUMN IF NOT EXISTS unattributed INTEGER "
                            "NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE rollup_days ADD COLUMN IF NOT EXISTS unattributed BIGINT "
                            "NOT NULL DEFAULT 0"),
         }},
        // Complaint cases: one per rating at level 1–2 or with a comment, opened in the
        // transaction that stores the rating and keyed by its id, so a resend opens none. Ratings
        // stored before are left without a case: their complaints were handled as they were.
        {11,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS cases (centre_id TEXT NOT NULL DEFAULT "
                            "'main', rating_id TEXT NOT NULL, opened_at INTEGER NOT NULL, status "
                            "TEXT NOT NULL DEFAULT 'open', handler TEXT NOT NULL DEFAULT '', note "
                            "TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', updated_at "
                            "INTEGER, answered_at INTEGER, PRIMARY KEY (centre_id, rating_id))"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS cases_status ON cases(centre_id, status, opened_at)"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS cases_opened ON cases(centre_id, opened_at)"),
         }},
        // E-mail notifications: each staff member's address and the kinds of notice chosen,
        // and the days whose daily digest went out (claimed once, also across restarts).
        {12,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS notification_choices (centre_id TEXT NOT "
                            "NULL DEFAULT 'main', user_name TEXT NOT NULL, email TEXT NOT NULL, "
                            "kinds TEXT NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY "
                            "(centre_id, user_name))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS digest_days (centre_id TEXT NOT NULL "
                            "DEFAULT 'main', day TEXT NOT NULL, sent_at INTEGER NOT NULL, PRIMARY "
                            "KEY (centre_id, day))"),
         }},
        // Centres: a province keeps many communes' service centres in one database. Each owns its
        // units (and through them kiosks and ratings) and its users; a user of no centre ('')
        // is province-wide. A database made before holds one commune: its rows are the centre
        // `main`'s, its users that centre's, and the centre takes its name from centre.json at
        // the next start (Storage::nameUnnamedCentres), which a migration cannot read.
        {13,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS centres (id TEXT PRIMARY KEY, name TEXT "
                            "NOT NULL, created_at INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO centres (id, name, created_at) SELECT 'main', '', 0 "
                            "WHERE EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM units) "
                            "ON CONFLICT DO NOTHING"),
             QStringLiteral("ALTER TABLE units ADD COLUMN IF NOT EXISTS centre_id TEXT NOT NULL "
                            "DEFAULT 'main'"),
             QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS centre_id TEXT NOT NULL "
                            "DEFAULT 'main'"),
         }},
        // Ratings carry their unit's centre, and the rollups that have no unit are kept per
        // centre (made anew keyed by it, the rows so far being the one centre's), so that one
        // centre's figures and the province's both read O(days × groups) rows.
        {14,
         {
             QStringLiteral("ALTER TABLE ratings ADD COLUMN IF NOT EXISTS centre_id TEXT NOT NULL "
                            "DEFAULT 'main'"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS ratings_centre_effective ON "
                            "ratings(centre_id, effective_at)"),
             QStringLiteral("ALTER TABLE rollup_days ADD COLUMN IF NOT EXISTS centre_id TEXT NOT "
                            "NULL DEFAULT 'main'"),
             QStringLiteral(
                 "CREATE TABLE rollup_indicator_days_by_centre (centre_id TEXT NOT NULL, "
                 "day BIGINT NOT NULL, unit_kind TEXT NOT NULL, tied BIGINT NOT NULL, "
                 "field TEXT NOT NULL, n BIGINT NOT NULL, satisfied BIGINT NOT NULL, "
                 "PRIMARY KEY (centre_id, day, unit_kind, tied, field))"),
             QStringLiteral("INSERT INTO rollup_indicator_days_by_centre (centre_id, day, "
                            "unit_kind, tied, field, n, satisfied) SELECT 'main', day, unit_kind, "
                            "tied, field, n, satisfied FROM rollup_indicator_days"),
             QStringLiteral("DROP TABLE rollup_indicator_days"),
             QStringLiteral("ALTER TABLE rollup_indicator_days_by_centre RENAME TO "
                            "rollup_indicator_days"),
             QStringLiteral("CREATE TABLE rollup_hours_by_centre (centre_id TEXT NOT NULL, day "
                            "BIGINT NOT NULL, hour BIGINT NOT NULL, n BIGINT NOT NULL, satisfied "
                            "BIGINT NOT NULL, PRIMARY KEY (centre_id, day, hour))"),
             QStringLiteral("INSERT INTO rollup_hours_by_centre (centre_id, day, hour, n, "
                            "satisfied) SELECT 'main', day, hour, n, satisfied FROM rollup_hours"),
             QStringLiteral("DROP TABLE rollup_hours"),
             QStringLiteral("ALTER TABLE rollup_hours_by_centre RENAME TO rollup_hours"),
         }},
        // The audit log names the centre each entry concerns, so that a centre's admin reads their
        // own centre's; the entries so far are the one centre's.
        {15,
         {
             QStringLiteral(
                 "ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS centre_id TEXT NOT NULL "
                 "DEFAULT 'main'"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS audit_log_centre_at ON audit_log(centre_id, at)"),
         }},
        // Staff members, dossiers and the dossiers' claimed ratings were all stored as `main`'s:
        // each takes its unit's (or its rating's) centre, which for a single commune changes
        // nothing.
        {16,
         {
             QStringLiteral("UPDATE staff SET centre_id = (SELECT u.centre_id FROM units u WHERE "
                            "u.id = staff.unit_id) WHERE EXISTS (SELECT 1 FROM units u WHERE "
                            "u.id = staff.unit_id)"),
             QStringLiteral("UPDATE dossiers SET centre_id = (SELECT u.centre_id FROM units u "
                            "WHERE u.id = dossiers.unit_id) WHERE EXISTS (SELECT 1 FROM units u "
                            "WHERE u.id = dossiers.unit_id)"),
             QStringLiteral("UPDATE dossier_ratings SET centre_id = (SELECT r.centre_id FROM "
                            "ratings r WHERE r.id = dossier_ratings.rating_id) WHERE EXISTS "
                            "(SELECT 1 FROM ratings r WHERE r.id = dossier_ratings.rating_id)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS dossiers_centre_returned ON "
                            "dossiers(centre_id, returned_at)"),
         }},
        // One centre's daily rollups read without the other centres' (a province has a hundred).
        {17,
         {
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS rollup_days_centre ON rollup_days(centre_id, "
                 "day)"),
         }},
    };
    return all;
}

namespace {
// "ALTER TABLE t ADD COLUMN IF NOT EXISTS c …", which PostgreSQL understands and SQLite does
// not: on SQLite, true when the column is there already (then the statement is skipped), and
// the words "IF NOT EXISTS" are dropped by SqlDialect::schema otherwise. So that a step can run
// again safely, as the earlier ones can.
bool addsExistingColumn(const QSqlDatabase &db, const SqlDialect &dialect, const QString &statement)
{
    static const QRegularExpression addColumn(
        QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN IF NOT EXISTS (\\w+) "));
    const QRegularExpressionMatch match = addColumn.match(statement);
    if (!match.hasMatch() || dialect.kind() != SqlDialect::Kind::Sqlite)
        return false;
    QSqlQuery query(db);
    // Both names are plain words (\w+), so they can stand in the statement.
    if (!query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'")
                        .arg(match.captured(1), match.captured(2))))
        throw StorageError(query.lastError().text().toStdString());
    return query.next();
}
bool isApplied(const QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
    query.addBindValue(version);
    if (!query.exec())
        throw StorageError(QStringLiteral("cannot read schema version: %1")
                               .arg(query.lastError().text())
                               .toStdString());
    return query.next();
}
} // namespace

int Migrations::currentVersion(const QSqlDatabase &db, const SqlDialect &dialect)
{
    execOrThrow(db, dialect.schema(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "applied_at INTEGER NOT NULL)")));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next())
        throw StorageError(QStringLiteral("cannot read schema version: %1")
                               .arg(query.lastError().text())
                               .toStdString());
    return query.value(0).toInt();
}

void Migrations::apply(const QSqlDatabase &db, const SqlDialect &dialect)
{
    const QString lock = dialect.migrationLock();
    if (!lock.isEmpty())
        execOrThrow(db, lock);
    try {
        currentVersion(db, dialect); // makes schema_version on a new database
        for (const Step &step : steps()) {
            execOrThrow(db, dialect.beginWrite());
            try {
                // Read inside the transaction: another process may have just applied it. By
                // its own number, not the highest: steps numbered at the same time may land in
                // either order, and a database may have the later one already.
                if (isApplied(db, step.version)) {
                    execOrThrow(db, QStringLiteral("COMMIT"));
                    continue;
                }
                for (const QString &statement : step.statements)
                    if (!addsExistingColumn(db, dialect, statement))
                        execOrThrow(db, dialect.schema(statement));
                QSqlQuery record(db);
                record.prepare(QStringLiteral(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
                record.addBindValue(step.version);
                record.addBindValue(QDateTime::currentMSecsSinceEpoch());
                if (!record.exec())
                    throw StorageError(record.lastError().text().toStdString());
                execOrThrow(db, QStringLiteral("COMMIT"));
            } catch (...) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    } catch (...) {
        if (!lock.isEmpty())
            QSqlQuery(db).exec(dialect.migrationUnlock());
        throw;
    }
    if (!lock.isEmpty())
        execOrThrow(db, dialect.migrationUnlock());
}

} // namespace hailong
