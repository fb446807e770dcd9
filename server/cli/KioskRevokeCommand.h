#pragma once

#include <QStringList>

namespace hailong {

// `kiosk revoke ID --data DIR`: the kiosk's token and its client certificate (mutual TLS) stop
// working at once, without a server restart; prints what it did.
class KioskRevokeCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
