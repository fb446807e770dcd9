#include "services/RatingLinks.h"

#include "config/CentreSettings.h"
#include "crypto/SecretDigest.h"
#include "services/EnrolmentCommand.h"

namespace hailong {

namespace {
constexpr int tokenBytes = 16;

QString tokenFrom(const QByteArray &linkKey, const QByteArray &message)
{
    const QByteArray mac = QByteArray::fromHex(SecretDigest::keyed(linkKey, message).toLatin1());
    return QString::fromLatin1(
        mac.left(tokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

RatingLinks::RatingLinks(QByteArray linkKey, QByteArray secretKey, QString publicBase, int linkDays)
    : m_linkKey(std::move(linkKey))
    , m_secretKey(std::move(secretKey))
    , m_publicBase(std::move(publicBase))
    , m_linkDays(linkDays)
{}

Result<RatingLinks> RatingLinks::forCentre(const DataDirectory &data, const QByteArray &secretKey,
                                           quint16 port)
{
    const Result<QByteArray> linkKey = data.readOrCreateLinkKey();
    if (!linkKey)
        return linkKey.error();
    return RatingLinks(linkKey.value(), secretKey, EnrolmentCommand::defaultServerUrl(data, port),
                       CentreSettings::read(data).linkDays());
}

QString RatingLinks::token(const QString &centre, const QString &codeHash) const
{
    return tokenFrom(m_linkKey, centre.toUtf8() + '\n' + codeHash.toLatin1());
}

QString RatingLinks::tokenOf(const StoredDossier &dossier) const
{
    const QString before = tokenFrom(m_linkKey, dossier.codeHash.toLatin1());
    return digest(before) == dossier.linkDigest ? before
                                                : token(dossier.centreId, dossier.codeHash);
}

QString RatingLinks::digest(const QString &token) const
{
    return SecretDigest::keyed(m_secretKey, token.toLatin1());
}

QString RatingLinks::url(const QString &token) const
{
    return m_publicBase + QStringLiteral("/r/") + token;
}

QDateTime RatingLinks::expiry(const QDateTime &firstStored) const
{
    return firstStored.addDays(m_linkDays);
}

} // namespace hailong
