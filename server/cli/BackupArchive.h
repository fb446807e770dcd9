#pragma once

#include "Result.h"

#include <QStringList>

namespace hailong {

// A backup file is a plain POSIX tar archive (GNU tar, present on every Debian system), so an
// operator can also look inside with `tar -tvf FILE`:
//   backup.json   {"format":"hailong-backup","version":1,"created_at":…,"files":[…]}
//   hailong.db    a consistent copy of the SQLite database
//   ca.pem ca-key.pem server.pem server-key.pem secret.key indicators.json centre.json
//   surveys/      the centre's own survey definitions
// It holds the keys, so it is written readable by its owner only (0600).
class BackupArchive
{
public:
    static constexpr char manifestName[] = "backup.json";
    static constexpr char databaseName[] = "hailong.db";

    // Packs `entries` (names relative to `folder`) into `archivePath`, replacing it at once
    // when it exists. Errors: "io", "tar".
    static Result<bool> pack(const QString &folder, const QStringList &entries,
                             const QString &archivePath);
    // The member names. Errors: "tar" (not a readable archive).
    static Result<QStringList> members(const QString &archivePath);
    // Unpacks into `folder`, keeping file modes. Errors: "tar", "not-a-backup" (a member
    // outside the folder, or the manifest or database missing).
    static Result<bool> unpack(const QString &archivePath, const QString &folder);
};

} // namespace hailong
