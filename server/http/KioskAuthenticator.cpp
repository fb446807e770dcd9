#include "http/KioskAuthenticator.h"

#include "crypto/SecretDigest.h"

namespace hailong {

KioskAuthenticator::KioskAuthenticator(Storage &storage, KioskRateLimiter &rateLimiter)
    : m_storage(storage)
    , m_rateLimiter(rateLimiter)
{}

Result<AuthenticatedKiosk> KioskAuthenticator::authenticate(const QHttpServerRequest &request)
{
    const ValidationError unauthorized{QStringLiteral("unauthorized"),
                                       QStringLiteral("a valid kiosk token is required")};
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!header.toLower().startsWith(scheme))
        return unauthorized;
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    if (token.isEmpty())
        return unauthorized;
    std::optional<AuthenticatedKiosk> kiosk =
        m_storage.kioskByTokenDigest(SecretDigest::tokenDigest(token));
    if (!kiosk || kiosk->kiosk.revoked)
        return unauthorized;
    if (!m_rateLimiter.allow(kiosk->kiosk.id))
        return ValidationError{QStringLiteral("rate-limited"),
                               QStringLiteral("too many requests from this kiosk")};

    bool queuedValid = false;
    const int queued =
        request.value(QByteArrayLiteral("X-Kiosk-Queued")).trimmed().toInt(&queuedValid);
    const std::optional<int> outbox =
        queuedValid && queued >= 0 ? std::optional<int>(queued) : std::nullopt;
    m_storage.recordKioskSeen(kiosk->kiosk.id, QDateTime::currentDateTimeUtc(), outbox);
    kiosk->kiosk.queued = outbox;
    return std::move(*kiosk);
}

} // namespace hailong
