#include "storage/SqlConnection.h"

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QSqlError>

namespace hailong {

void SqlConnection::open(QSqlDatabase &db, const SqlDialect &dialect, const QString &what)
{
    if (!db.open())
        throw StorageError(QStringLiteral("cannot open database %1: %2")
                               .arg(what, db.lastError().text())
                               .toStdString());
    for (const QString &setting : dialect.connectionSettings())
        execOrThrow(db, setting);
}

void SqlConnection::remove(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace hailong
