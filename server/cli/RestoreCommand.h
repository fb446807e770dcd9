#pragma once

#include <QStringList>

namespace hailong {

// `restore --data NEWDIR --from FILE`: unpacks a backup into an empty (or new) data folder and
// checks that its database opens. It never writes over an existing folder's files.
class RestoreCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
