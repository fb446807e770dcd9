#pragma once

#include "storage/Storage.h"

#include <QHttpServerRequest>

namespace hailong {

// Who is posting dossiers: the one-stop system whose token digest matches the Bearer token
// (`integration add`). A kiosk's token is not one. Errors: "unauthorized".
class IntegrationAuthenticator
{
public:
    explicit IntegrationAuthenticator(Storage &storage);

    Result<IntegrationRecord> authenticate(const QHttpServerRequest &request);

private:
    Storage &m_storage;
};

} // namespace hailong
