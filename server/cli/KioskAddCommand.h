#pragma once

#include <QStringList>

namespace hailong {

// `kiosk add ID --unit UNIT [--counter C] --data DIR [--server-url URL]`: prints the token
// once, and the one-line command that enrols the kiosk:
//   token: TOKEN
//   enrol: sudo hailong-kiosk-enrol --server URL --token TOKEN --ca-sha256 HEX
class KioskAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
