#include "http/IntegrationAuthenticator.h"

#include "crypto/SecretDigest.h"
#include "http/BearerToken.h"

namespace hailong {

IntegrationAuthenticator::IntegrationAuthenticator(Storage &storage)
    : m_storage(storage)
{}

Result<IntegrationRecord> IntegrationAuthenticator::authenticate(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    std::optional<IntegrationRecord> integration =
        token.isEmpty() ? std::nullopt
                        : m_storage.integrationByTokenDigest(SecretDigest::tokenDigest(token));
    if (!integration)
        return ValidationError{QStringLiteral("unauthorized"),
                               QStringLiteral("a valid integration token is required")};
    return std::move(*integration);
}

} // namespace hailong
