#pragma once

#include <QStringList>

namespace hailong {

// `unit add ID --kind admin|health|education --name NAME --data DIR`.
class UnitAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
