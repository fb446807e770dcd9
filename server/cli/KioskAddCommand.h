#pragma once

#include <QStringList>

namespace hailong {

// `kiosk add ID --unit UNIT [--counter C] --data DIR`: prints the token once.
class KioskAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
