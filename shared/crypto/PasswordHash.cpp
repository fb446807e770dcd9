#include "crypto/PasswordHash.h"

#include "crypto/SecretDigest.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <optional>
#include <stdexcept>

namespace hailong {

namespace {

constexpr quint64 costN = 16384;
constexpr quint64 blockSizeR = 8;
constexpr quint64 parallelP = 1;
constexpr int saltBytes = 16;
constexpr int keyBytes = 32;
// Stored hashes are trusted, but a corrupted or hostile file must not make verify()
// allocate gigabytes: cap what it will attempt.
constexpr quint64 maxCostN = quint64(1) << 20;
constexpr quint64 maxMemory = quint64(1) << 30;

std::optional<QByteArray> scrypt(const QString &password, const QByteArray &salt, quint64 n,
                                 quint64 r, quint64 p, int length)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(length, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(secret.constData(), static_cast<size_t>(secret.size()),
                                  reinterpret_cast<const unsigned char *>(salt.constData()),
                                  static_cast<size_t>(salt.size()), n, r, p, maxMemory,
                                  reinterpret_cast<unsigned char *>(key.data()),
                                  static_cast<size_t>(key.size()));
    if (ok != 1)
        return std::nullopt;
    return key;
}

} // namespace

QString PasswordHash::hash(const QString &password)
{
    const QByteArray salt = RandomToken::generateBytes(saltBytes);
    const auto key = scrypt(password, salt, costN, blockSizeR, parallelP, keyBytes);
    if (!key)
        throw std::runtime_error("scrypt failed: OpenSSL could not derive the password key");
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(costN)
        .arg(blockSizeR)
        .arg(parallelP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key->toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("scrypt"))
        return false;
    bool nOk = false;
    bool rOk = false;
    bool pOk = false;
    const quint64 n = parts.at(1).toULongLong(&nOk);
    const quint64 r = parts.at(2).toULongLong(&rOk);
    const quint64 p = parts.at(3).toULongLong(&pOk);
    if (!nOk || !rOk || !pOk || n < 2 || n > maxCostN || r == 0 || r > 32 || p == 0 || p > 16)
        return false;
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(parts.at(4));
    const auto expected = decode(parts.at(5));
    if (!salt || !expected)
        return false;
    const QByteArray &expectedKey = expected.decoded;
    if (salt.decoded.isEmpty() || expectedKey.isEmpty() || expectedKey.size() > 64)
        return false;
    const auto key = scrypt(password, salt.decoded, n, r, p, static_cast<int>(expectedKey.size()));
    return key && SecretDigest::constantTimeEquals(*key, expectedKey);
}

} // namespace hailong
