#pragma once

#include "storage/SqlStorage.h"

#include <QString>

namespace hailong {

// Storage in one SQLite file: WAL journal, synchronous=FULL (a committed batch survives a
// power cut), numbered migrations applied on open.
class SqliteStorage final : public SqlStorage
{
public:
    // Opens (creating if needed) and migrates the database. Throws StorageError.
    explicit SqliteStorage(const QString &path);

    Result<bool> writeSnapshot(const QString &path) override;
};

} // namespace hailong
