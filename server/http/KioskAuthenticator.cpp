#include "http/KioskAuthenticator.h"

#include "crypto/SecretDigest.h"
#include "http/BearerToken.h"
#include "http/JsonResponse.h"

#include <QCryptographicHash>

namespace hailong {

namespace {
const QByteArray bearerScheme = QByteArrayLiteral("bearer ");

// The routes only kiosks call.
bool isKioskPath(const QString &path)
{
    return path == QLatin1String("/api/v1/ratings") || path == QLatin1String("/api/v1/survey") ||
           path.startsWith(QLatin1String("/api/v1/kiosk/"));
}
} // namespace

KioskAuthenticator::KioskAuthenticator(Storage &storage, KioskRateLimiter &rateLimiter)
    : m_storage(storage)
    , m_rateLimiter(rateLimiter)
{}

Result<AuthenticatedKiosk> KioskAuthenticator::authenticate(const QHttpServerRequest &request)
{
    const ValidationError unauthorized{QStringLiteral("unauthorized"),
                                       QStringLiteral("a valid kiosk token is required")};
    const QString token = bearerToken(request);
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

std::optional<ValidationError>
KioskAuthenticator::admitClientCertificate(const RequestHead &head, const QSslCertificate &peer)
{
    // The head reader let through one Authorization at most, and the routes read the same one.
    const QByteArray authorization = head.value("authorization");
    const bool presentsToken = authorization.toLower().startsWith(bearerScheme);
    // One-stop systems post dossiers with a token of their own and no client certificate.
    if (head.path.startsWith(QLatin1String("/api/v1/dossiers")) ||
        (!presentsToken && !isKioskPath(head.path)))
        return std::nullopt;
    const auto refused = [](const QString &why) {
        return ValidationError{QStringLiteral("client-certificate"), why};
    };
    if (peer.isNull())
        return refused(QStringLiteral("Kiosk cần chứng chỉ máy khách / a kiosk request needs the "
                                      "kiosk's client certificate"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (peer.effectiveDate() > now || peer.expiryDate() < now)
        return refused(QStringLiteral("Chứng chỉ máy khách hết hạn hoặc chưa có hiệu lực / the "
                                      "client certificate is expired or not yet valid"));
    if (!presentsToken)
        return refused(QStringLiteral("Cần mã kiosk / the client certificate goes with the "
                                      "kiosk's token"));
    const QString token = QString::fromLatin1(authorization.mid(bearerScheme.size()).trimmed());
    std::optional<AuthenticatedKiosk> kiosk;
    try {
        kiosk = m_storage.kioskByTokenDigest(SecretDigest::tokenDigest(token));
    } catch (const StorageError &fault) {
        JsonResponse::logStorageFault(fault);
        return ValidationError{QStringLiteral("storage-unavailable"),
                               QStringLiteral("storage is unavailable, try again later")};
    }
    // A fingerprint is stored only for a certificate the centre's CA issued, so a match also
    // proves the issuer; the TLS handshake proved the key.
    const QString fingerprint =
        QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    if (!kiosk || kiosk->kiosk.revoked || kiosk->kiosk.clientCertificateSha256 != fingerprint)
        return refused(QStringLiteral("Chứng chỉ không thuộc kiosk này hoặc đã bị thu hồi / the "
                                      "client certificate does not belong to this kiosk, or the "
                                      "kiosk is revoked"));
    return std::nullopt;
}

} // namespace hailong
