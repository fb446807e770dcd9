#pragma once

#include "http/RouteTable.h"

#include <QByteArray>

namespace hailong {

// GET /ca.pem (no auth): the centre's CA certificate, which a kiosk being enrolled fetches and
// checks against the fingerprint it was given. Only the certificate, never a key.
class CaCertificateRoute
{
public:
    static void install(RouteTable &routes, const QByteArray &caCertificatePem);
};

} // namespace hailong
