#include "storage/SqliteStorage.h"

#include "storage/SqlConnection.h"
#include "storage/StorageRecords.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <mutex>
#include <sqlite3.h>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(sqliteLog, "hailong.storage.sqlite")

// SQLite counts every allocation under one process-wide mutex unless told not to; with the
// serving thread and the commit thread each on its own connection, that mutex was contended
// on every malloc. Only possible before SQLite's first use in the process: when something
// opened SQLite earlier, the statistics stay on, which is slower and nothing else.
void turnOffSqliteMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCDebug(sqliteLog) << "SQLite was already in use: its memory statistics stay on";
    });
}

QSqlDatabase openSqlite(const QString &path)
{
    turnOffSqliteMemoryStatistics();
    const QString name = QStringLiteral("hailong-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    try {
        SqlConnection::open(db, SqlDialect(SqlDialect::Kind::Sqlite), path);
        // A damaged file must stop the program at once, not answer from broken pages later.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok"))
            throw StorageError(QStringLiteral("database %1 is damaged (%2); restore it from a "
                                              "backup with `hailong-server restore`")
                                   .arg(path, check.lastError().isValid()
                                                  ? check.lastError().text()
                                                  : check.value(0).toString())
                                   .toStdString());
    } catch (...) {
        SqlConnection::remove(db);
        throw;
    }
    return db;
}
} // namespace

SqliteStorage::SqliteStorage(const QString &path)
    : SqlStorage(openSqlite(path), SqlDialect(SqlDialect::Kind::Sqlite))
{}

Result<bool> SqliteStorage::writeSnapshot(const QString &path)
{
    // VACUUM INTO reads inside one transaction: with WAL, writers carry on and the copy holds
    // exactly the batches committed before it began.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return ValidationError{QStringLiteral("snapshot-failed"),
                               QStringLiteral("cannot copy the database to %1: %2")
                                   .arg(path, query.lastError().text())};
    return true;
}

} // namespace hailong
