#pragma once

#include <QByteArray>
#include <QString>

namespace hailong {

// Staff passwords, stored only as a slow, salted KDF (scrypt, OpenSSL).
// Encoded as "scrypt$N$r$p$<salt base64>$<key base64>".
class PasswordHash
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &encoded); // constant time
};

} // namespace hailong
