#pragma once

#include <QStringList>

namespace hailong {

// `cert renew --data DIR [--days N]`: a new server key and certificate from the same CA, for
// the same names; kiosks keep working without being enrolled again. `serve` reads it at start.
class CertRenewCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
