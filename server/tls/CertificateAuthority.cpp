#include "tls/CertificateAuthority.h"

#include <algorithm>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <optional>

namespace hailong {

namespace {

struct OpenSslFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *cert) const { X509_free(cert); }
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(X509_EXTENSION *ext) const { X509_EXTENSION_free(ext); }
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using CertPtr = std::unique_ptr<X509, OpenSslFree>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslFree>;

ValidationError tlsError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return {QStringLiteral("tls"), what + QStringLiteral(": ") + QString::fromLatin1(buffer)};
}

KeyPtr generateKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioContents(bio.get());
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    const ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

// A certificate with a random serial, valid from an hour ago (kiosk clocks drift) for `days`.
CertPtr newCertificate(EVP_PKEY *publicKey, const QString &commonName, long days)
{
    CertPtr cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    const BignumPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), publicKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Hài Lòng"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

struct LoadedCa
{
    CertPtr certificate;
    KeyPtr key;
};

std::optional<LoadedCa> loadCa(const PemPair &ca)
{
    const BioPtr certBio(BIO_new_mem_buf(ca.certificate.constData(), int(ca.certificate.size())));
    CertPtr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    const BioPtr keyBio(BIO_new_mem_buf(ca.privateKey.constData(), int(ca.privateKey.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!cert || !key)
        return std::nullopt;
    return LoadedCa{std::move(cert), std::move(key)};
}

struct Extension
{
    int nid;
    QByteArray value;
};

// A certificate for `commonName` with a new key, issued and signed by the CA with
// `extensions`; `kind` ("server", "client") names what failed.
Result<PemPair> issueSigned(const PemPair &ca, const QString &commonName, int days,
                            const QString &kind, const QList<Extension> &extensions)
{
    const std::optional<LoadedCa> loaded = loadCa(ca);
    if (!loaded)
        return tlsError(QStringLiteral("cannot read the CA"));
    X509 *const caCert = loaded->certificate.get();

    const KeyPtr key = generateKey();
    if (!key)
        return tlsError(QStringLiteral("cannot generate the %1 key").arg(kind));
    CertPtr cert = newCertificate(key.get(), commonName, days);
    if (!cert)
        return tlsError(QStringLiteral("cannot create the %1 certificate").arg(kind));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert));
    const bool extended =
        std::all_of(extensions.cbegin(), extensions.cend(), [&](const Extension &extension) {
            return addExtension(cert.get(), caCert, extension.nid, extension.value);
        });
    if (!extended || X509_sign(cert.get(), loaded->key.get(), EVP_sha256()) <= 0)
        return tlsError(QStringLiteral("cannot sign the %1 certificate").arg(kind));
    return PemPair{certificatePem(cert.get()), keyPem(key.get())};
}

} // namespace

Result<PemPair> CertificateAuthority::create(const QString &commonName)
{
    const KeyPtr key = generateKey();
    if (!key)
        return tlsError(QStringLiteral("cannot generate the CA key"));
    CertPtr cert = newCertificate(key.get(), commonName, 3650);
    if (!cert)
        return tlsError(QStringLiteral("cannot create the CA certificate"));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    const bool extended =
        addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
        addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") &&
        addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    if (!extended || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return tlsError(QStringLiteral("cannot sign the CA certificate"));
    return PemPair{certificatePem(cert.get()), keyPem(key.get())};
}

Result<PemPair> CertificateAuthority::issueServerCertificate(const PemPair &ca,
                                                             const QStringList &dnsNames,
                                                             const QStringList &ipAddresses,
                                                             int days)
{
    QStringList altNames;
    for (const QString &dns : dnsNames)
        altNames.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : ipAddresses)
        altNames.append(QStringLiteral("IP:") + ip);
    return issueSigned(ca, dnsNames.isEmpty() ? QStringLiteral("localhost") : dnsNames.first(),
                       days, QStringLiteral("server"),
                       {{NID_basic_constraints, "critical,CA:FALSE"},
                        {NID_key_usage, "critical,digitalSignature,keyAgreement"},
                        {NID_ext_key_usage, "serverAuth"},
                        {NID_subject_key_identifier, "hash"},
                        {NID_authority_key_identifier, "keyid:always"},
                        {NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8()}});
}

Result<PemPair> CertificateAuthority::issueClientCertificate(const PemPair &ca,
                                                             const QString &commonName, int days)
{
    // clientAuth only: a kiosk's certificate cannot serve as a server's.
    return issueSigned(ca, commonName, days, QStringLiteral("client"),
                       {{NID_basic_constraints, "critical,CA:FALSE"},
                        {NID_key_usage, "critical,digitalSignature"},
                        {NID_ext_key_usage, "clientAuth"},
                        {NID_subject_key_identifier, "hash"},
                        {NID_authority_key_identifier, "keyid:always"}});
}

namespace {
CertPtr readCertificate(const QByteArray &pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}
} // namespace

Result<QByteArray> CertificateAuthority::crossSign(const PemPair &ca,
                                                   const QByteArray &subjectCaPem)
{
    const std::optional<LoadedCa> loaded = loadCa(ca);
    const CertPtr subject = readCertificate(subjectCaPem);
    if (!loaded || !subject)
        return tlsError(QStringLiteral("cannot read the CA certificates"));
    X509 *const caCert = loaded->certificate.get();
    CertPtr cert(X509_new());
    unsigned char serial[16];
    if (!cert || RAND_bytes(serial, sizeof serial) != 1)
        return tlsError(QStringLiteral("cannot create the cross certificate"));
    serial[0] &= 0x7f; // positive
    const BignumPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_set_version(cert.get(), 2);
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_set1_notAfter(cert.get(), X509_get0_notAfter(subject.get()));
    X509_set_subject_name(cert.get(), X509_get_subject_name(subject.get()));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert));
    X509_set_pubkey(cert.get(), X509_get0_pubkey(subject.get()));
    // No path length: the chain may go through several cross certificates, each of a CA that
    // only ever issues server and kiosk certificates itself.
    const bool extended =
        addExtension(cert.get(), caCert, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(cert.get(), caCert, NID_key_usage, "critical,keyCertSign,cRLSign") &&
        addExtension(cert.get(), caCert, NID_subject_key_identifier, "hash") &&
        addExtension(cert.get(), caCert, NID_authority_key_identifier, "keyid:always");
    if (!extended || X509_sign(cert.get(), loaded->key.get(), EVP_sha256()) <= 0)
        return tlsError(QStringLiteral("cannot sign the cross certificate"));
    return certificatePem(cert.get());
}

bool CertificateAuthority::isSignedBy(const QByteArray &certificatePem, const QByteArray &caPem)
{
    const CertPtr cert = readCertificate(certificatePem);
    const CertPtr ca = readCertificate(caPem);
    const bool signedBy = cert && ca && X509_verify(cert.get(), X509_get0_pubkey(ca.get())) == 1;
    ERR_clear_error(); // a signature by another key is an answer, not a fault
    return signedBy;
}

} // namespace hailong
