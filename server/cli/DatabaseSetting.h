#pragma once

#include "Result.h"
#include "config/DataDirectory.h"
#include "storage/Storage.h"

#include <memory>

namespace hailong {

// Which database a data folder's commands use. `init --db URL` saves the URL in
// DIR/database.url (readable by its owner only: it may hold a password); every command that
// opens the database then reads it from there, so `unit add`, `kiosk add`, `user add`,
// `export`, … need no option of their own. Without that file the database is DIR/hailong.db.
// `serve --db URL` overrides the saved URL for one run.
class DatabaseSetting
{
public:
    static QString filePath(const DataDirectory &data);
    // The saved URL, or the SQLite file's path when none was saved.
    static QString url(const DataDirectory &data);
    // Errors: "io".
    static Result<bool> save(const DataDirectory &data, const QString &url);
    // Opens (and migrates) url(data). Errors as StorageLocation::open.
    static Result<std::shared_ptr<Storage>> open(const DataDirectory &data);
    // open(), for an admin command: when it fails, the reason is on stderr and the answer is
    // null, and the command exits with ExitFailure.
    static std::shared_ptr<Storage> openForCommand(const DataDirectory &data);
};

} // namespace hailong
