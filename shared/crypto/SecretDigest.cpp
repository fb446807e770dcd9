#include "crypto/SecretDigest.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <stdexcept>
#include <string>

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

namespace {

constexpr int sha256BlockSize = 64;
constexpr int sha256Size = 32;

// Names the step and OpenSSL's own reasons; never the key or the data.
[[noreturn]] void throwOpenSslFault(const char *step)
{
    std::string message = std::string("KeyedDigest: ") + step + " failed";
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> reason{};
        ERR_error_string_n(code, reason.data(), reason.size());
        message += "; ";
        message += reason.data();
    }
    throw std::runtime_error(message);
}

void check(int openSslResult, const char *step)
{
    if (openSslResult != 1)
        throwOpenSslFault(step);
}

// Key bytes never outlive the scope that needs them.
struct WipedBlock
{
    std::array<unsigned char, sha256BlockSize> bytes{};
    ~WipedBlock() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

QString lowercaseHex(const unsigned char *bytes, int size)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString text(size * 2, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < size; ++i) {
        *out++ = QLatin1Char(digits[bytes[i] >> 4]);
        *out++ = QLatin1Char(digits[bytes[i] & 0x0f]);
    }
    return text;
}

} // namespace

void KeyedDigest::DigestFree::operator()(evp_md_st *digest) const
{
    EVP_MD_free(digest);
}

void KeyedDigest::ContextFree::operator()(evp_md_ctx_st *context) const
{
    // Frees the provider's state with OPENSSL_clear_free: the key-derived state is wiped.
    EVP_MD_CTX_free(context);
}

KeyedDigest::Context KeyedDigest::newContext()
{
    Context context(EVP_MD_CTX_new());
    if (!context)
        throwOpenSslFault("EVP_MD_CTX_new");
    return context;
}

// HMAC (RFC 2104): H((K ^ opad) || H((K ^ ipad) || data)), K the key zero-padded to a block,
// or its hash when longer than a block. Both pads are absorbed here, once.
KeyedDigest::KeyedDigest(const QByteArray &key)
    : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_inner(newContext())
    , m_outer(newContext())
{
    if (!m_sha256)
        throwOpenSslFault("EVP_MD_fetch(SHA256)");
    WipedBlock block;
    if (key.size() > sha256BlockSize) {
        check(EVP_Digest(key.constData(), static_cast<size_t>(key.size()), block.bytes.data(),
                         nullptr, m_sha256.get(), nullptr),
              "hashing the long key");
    } else {
        std::copy(key.cbegin(), key.cend(), block.bytes.begin());
    }
    WipedBlock pad;
    for (int i = 0; i < sha256BlockSize; ++i)
        pad.bytes[i] = block.bytes[i] ^ 0x36;
    check(EVP_DigestInit_ex(m_inner.get(), m_sha256.get(), nullptr), "EVP_DigestInit_ex");
    check(EVP_DigestUpdate(m_inner.get(), pad.bytes.data(), pad.bytes.size()), "absorbing ipad");
    for (int i = 0; i < sha256BlockSize; ++i)
        pad.bytes[i] = block.bytes[i] ^ 0x5c;
    check(EVP_DigestInit_ex(m_outer.get(), m_sha256.get(), nullptr), "EVP_DigestInit_ex");
    check(EVP_DigestUpdate(m_outer.get(), pad.bytes.data(), pad.bytes.size()), "absorbing opad");
}

KeyedDigest::~KeyedDigest() = default;

QString KeyedDigest::hex(const QByteArray &data) const
{
    const Context context = newContext();
    std::array<unsigned char, sha256Size> digest{};
    check(EVP_MD_CTX_copy_ex(context.get(), m_inner.get()), "copying the inner state");
    check(EVP_DigestUpdate(context.get(), data.constData(), static_cast<size_t>(data.size())),
          "hashing the data");
    check(EVP_DigestFinal_ex(context.get(), digest.data(), nullptr), "finishing the inner hash");
    check(EVP_MD_CTX_copy_ex(context.get(), m_outer.get()), "copying the outer state");
    check(EVP_DigestUpdate(context.get(), digest.data(), digest.size()), "hashing the inner hash");
    check(EVP_DigestFinal_ex(context.get(), digest.data(), nullptr), "finishing the outer hash");
    return lowercaseHex(digest.data(), sha256Size);
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
