#pragma once

#include <QStringList>

namespace hailong {

// `backup --data DIR --out FILE`: one archive (see BackupArchive) with a consistent copy of
// the database and the folder's keys and settings. Safe while `serve` runs and ratings
// arrive: the copy holds exactly the batches committed before it started.
class BackupCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
