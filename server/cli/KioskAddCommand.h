#pragma once

#include <QStringList>

namespace hailong {

// `kiosk add ID --unit UNIT [--counter C] [--client-cert] --data DIR [--server-url URL]`:
// prints the token once, and the one-line command that enrols the kiosk:
//   token: TOKEN
//   enrol: sudo hailong-kiosk-enrol --server URL --token TOKEN --ca-sha256 HEX
// With --client-cert it also issues the kiosk a client certificate from the centre's CA (for
// serve --mutual-tls), stores its SHA-256 fingerprint with the kiosk and prints
//   client-cert: DIR/kiosks/ID.pem
//   client-key: DIR/kiosks/ID-key.pem   (0600)
class KioskAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
