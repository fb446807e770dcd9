#include "storage/PostgresStorage.h"

#include "storage/SqlConnection.h"
#include "storage/StorageRecords.h"

#include <QUuid>

namespace hailong {

namespace {
// A database host that does not answer must not hold the serving thread for the system's TCP
// timeout while a lost connection is opened again; the URL may set its own.
QString withConnectTimeout(const QString &options)
{
    if (options.contains(QLatin1String("connect_timeout=")))
        return options;
    const QString timeout = QStringLiteral("connect_timeout=5");
    return options.isEmpty() ? timeout : options + QLatin1Char(';') + timeout;
}

QSqlDatabase openPostgres(const PostgresAddress &address)
{
    const QString name = QStringLiteral("hailong-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        SqlConnection::remove(db);
        throw StorageError("the PostgreSQL driver (QPSQL) is not installed: install "
                           "libqt6sql6-psql");
    }
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(withConnectTimeout(address.options));
    try {
        SqlConnection::open(db, SqlDialect(SqlDialect::Kind::PostgreSql), address.display());
    } catch (...) {
        SqlConnection::remove(db);
        throw;
    }
    return db;
}
} // namespace

PostgresStorage::PostgresStorage(const PostgresAddress &address)
    : SqlStorage(openPostgres(address), SqlDialect(SqlDialect::Kind::PostgreSql))
{}

Result<bool> PostgresStorage::writeSnapshot(const QString &)
{
    return ValidationError{QStringLiteral("unsupported"),
                           QStringLiteral("the database is PostgreSQL: back it up with pg_dump "
                                          "(pg_dump -Fc DBNAME > FILE)")};
}

} // namespace hailong
