#pragma once

#include <QStringList>

namespace hailong {

// `kiosk revoke ID --data DIR`: the kiosk's token stops working; prints what it did.
class KioskRevokeCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
