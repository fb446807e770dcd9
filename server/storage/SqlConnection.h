#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace hailong {

// How every connection of the storage is opened and let go: the dialect's settings applied at
// once after opening, every failure a StorageError, and a connection's registration in Qt
// removed with it.
class SqlConnection
{
public:
    // Opens `db` and applies the dialect's connection settings. Throws StorageError
    // ("cannot open database <what>: <reason>").
    static void open(QSqlDatabase &db, const SqlDialect &dialect, const QString &what);
    // Closes `db`, empties it and removes its name from Qt's registry; other handles to the
    // same connection must be gone by then.
    static void remove(QSqlDatabase &db);
};

} // namespace hailong
