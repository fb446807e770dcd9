#pragma once

#include "storage/PostgresAddress.h"
#include "storage/SqlStorage.h"

namespace hailong {

// Storage in a PostgreSQL database through Qt's QPSQL driver, for a province: one database,
// several server processes. The same tables, migrations and rollups as SQLite; batches commit
// under READ COMMITTED with INSERT … ON CONFLICT, so concurrent processes neither lose nor
// double a rating.
class PostgresStorage final : public SqlStorage
{
public:
    // Connects and migrates. Throws StorageError.
    explicit PostgresStorage(const PostgresAddress &address);

    // Errors: "unsupported" — a PostgreSQL database is backed up with pg_dump.
    Result<bool> writeSnapshot(const QString &path) override;
};

} // namespace hailong
