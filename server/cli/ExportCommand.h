#pragma once

#include <QStringList>

namespace hailong {

// `export --data DIR --period P [--rule nd09|calendar] --format csv|xlsx|pdf|json --out FILE`.
class ExportCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
