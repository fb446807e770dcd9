#pragma once

#include "Result.h"
#include "config/DataDirectory.h"

#include <QSslCertificate>

namespace hailong {

// Replaces DIR/server.pem and DIR/server-key.pem with a new key and certificate for the same
// host names and addresses (plus any given in `moreHosts`), signed by the same CA (DIR/ca.pem,
// which is left untouched): kiosks pin the CA, so they keep trusting the server without being
// enrolled again.
class ServerCertificateRenewal
{
public:
    // Returns the new certificate. Errors: "bad-host" (see ServerNames), "tls" (cannot read
    // the CA or the current certificate, or cannot sign), "io" (cannot write).
    static Result<QSslCertificate> renew(const DataDirectory &data, int days,
                                         const QStringList &moreHosts = {});
};

} // namespace hailong
