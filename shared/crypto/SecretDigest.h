#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// OpenSSL's types, declared here so that users of this header need no OpenSSL headers.
struct evp_md_st;
struct evp_md_ctx_st;

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

// HMAC-SHA256 (lowercase hex) under one key whose pads are hashed once, at construction: the
// same text as SecretDigest::keyed(key, data), for a key that digests every rating received.
// hex() is safe to call from several threads at once on one object: each call works on its
// own copy of the prepared states. OpenSSL faults (a broken platform) throw std::runtime_error.
class KeyedDigest
{
public:
    explicit KeyedDigest(const QByteArray &key);
    ~KeyedDigest();
    KeyedDigest(const KeyedDigest &) = delete;
    KeyedDigest &operator=(const KeyedDigest &) = delete;

    QString hex(const QByteArray &data) const;

private:
    struct DigestFree
    {
        void operator()(evp_md_st *digest) const;
    };
    struct ContextFree
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    using Context = std::unique_ptr<evp_md_ctx_st, ContextFree>;

    static Context newContext();

    std::unique_ptr<evp_md_st, DigestFree> m_sha256;
    Context m_inner; // SHA-256 after absorbing key ^ ipad
    Context m_outer; // SHA-256 after absorbing key ^ opad
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
