#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace hailong {

// The schema as numbered steps. Step k is applied once, in order, and recorded in
// schema_version, so an old database is brought up to date on open. Never edit a released
// step: add one.
class Migrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    static const QList<Step> &steps();

    // Applies every step newer than the database's version, each in its own transaction, in
    // the backend's dialect. Safe when several processes open one database at once.
    // Throws StorageError.
    static void apply(const QSqlDatabase &db, const SqlDialect &dialect);
    static int currentVersion(const QSqlDatabase &db, const SqlDialect &dialect);
};

} // namespace hailong
