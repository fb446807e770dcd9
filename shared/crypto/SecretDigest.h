#pragma once

#include <QByteArray>
#include <QString>

namespace hailong {

// Digests for secrets that must be comparable but never recoverable.
class SecretDigest
{
public:
    // Kiosk tokens are long and random, so a plain SHA-256 (hex) is enough.
    static QString tokenDigest(const QString &token);
    // HMAC-SHA256 (hex) under the server's key: dossier codes, rating content fingerprints.
    static QString keyed(const QByteArray &key, const QByteArray &data);
    // Equal-length comparison that does not leak where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

// Random secrets (kiosk tokens, session ids, CSRF tokens, the server key).
class RandomToken
{
public:
    // `bytes` of system randomness as base64url without padding.
    static QString generate(int bytes = 32);
    static QByteArray generateBytes(int bytes = 32);
};

} // namespace hailong
