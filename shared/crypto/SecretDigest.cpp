#include "crypto/SecretDigest.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <openssl/crypto.h>

namespace hailong {

QString SecretDigest::tokenDigest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString SecretDigest::keyed(const QByteArray &key, const QByteArray &data)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex());
}

bool SecretDigest::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString RandomToken::generate(int bytes)
{
    return QString::fromLatin1(generateBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals));
}

QByteArray RandomToken::generateBytes(int bytes)
{
    if (bytes <= 0)
        return {};
    // QRandomGenerator fills whole 32-bit words; draw enough and cut to size.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), bytes);
}

} // namespace hailong
