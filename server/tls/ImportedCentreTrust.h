#pragma once

#include "Result.h"
#include "config/DataDirectory.h"

#include <QList>
#include <QSslCertificate>

namespace hailong {

// The TLS side of `centre import`: a commune's kiosks keep their token, client certificate and
// pinned CA (the commune's ca.pem) when pointed to the province's server. The province keeps
// the commune's CA (DIR/centres/ID/ca.pem) and accepts the client certificates it issued, and
// sends after its server certificate a chain of cross certificates (DIR/server-chain.pem): the
// province's CA signed by the first commune's CA, that commune's CA signed by the next one's,
// and so on, so that a client trusting any one of them reaches the province's server
// certificate. The province's own kiosks and browsers trust its CA and stop there.
class ImportedCentreTrust
{
public:
    // Keeps the CA of the commune in `commune` for centre `centreId` and adds its link to the
    // chain; nothing when both are there already, or when the commune's CA is the province's.
    // Reads the commune's CA key, writes nothing there. True when something was added.
    // Errors: "tls" (a key or certificate unusable, another CA kept for the centre), "io".
    static Result<bool> bringIn(const DataDirectory &province, const DataDirectory &commune,
                                const QString &centreId);

    // Every CA kept by bringIn().
    static QList<QSslCertificate> communeCas(const DataDirectory &province);
    // The cross certificates, in the order they are sent.
    static QList<QSslCertificate> serverChain(const DataDirectory &province);
};

} // namespace hailong
