#include "storage/Migrations.h"

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

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
    };
    return all;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    execOrThrow(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "PRIMARY KEY, applied_at INTEGER NOT NULL)"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next())
        throw StorageError(QStringLiteral("cannot read schema version: %1")
                               .arg(query.lastError().text())
                               .toStdString());
    return query.value(0).toInt();
}

void Migrations::apply(const QSqlDatabase &db)
{
    const int from = currentVersion(db);
    for (const Step &step : steps()) {
        if (step.version <= from)
            continue;
        execOrThrow(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : step.statements)
                execOrThrow(db, statement);
            QSqlQuery record(db);
            record.prepare(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
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
}

} // namespace hailong
