#pragma once

#include <QByteArray>
#include <QString>

namespace hailong {

// Staff passwords, stored only as a slow, salted KDF (scrypt, OpenSSL).
// Encoded as "scrypt$N$r$p$<salt base64>$<key base64>".
class PasswordHash
{
public:
    // N = 16384, r = 8, p = 1, 16-byte salt, 32-byte key. Throws std::runtime_error only if
    // OpenSSL itself fails (out of memory), which a caller cannot recover from anyway.
    static QString hash(const QString &password);
    // Constant-time comparison; false for a damaged encoding or one whose cost is absurd.
    static bool verify(const QString &password, const QString &encoded);
};

} // namespace hailong
