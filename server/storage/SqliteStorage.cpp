#include "storage/SqliteStorage.h"

#include "storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hailong {

namespace {
QSqlDatabase openSqlite(const QString &path)
{
    const QString name = QStringLiteral("hailong-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    try {
        if (!db.open())
            throw StorageError(QStringLiteral("cannot open database %1: %2")
                                   .arg(path, db.lastError().text())
                                   .toStdString());
        execOrThrow(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        execOrThrow(db, QStringLiteral("PRAGMA synchronous=FULL"));
        execOrThrow(db, QStringLiteral("PRAGMA foreign_keys=ON"));
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
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
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
