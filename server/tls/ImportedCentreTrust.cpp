#include "tls/ImportedCentreTrust.h"

#include "tls/CertificateAuthority.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hailong {

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ValidationError tlsProblem(const QString &message)
{
    return {QStringLiteral("tls"), message};
}
} // namespace

Result<bool> ImportedCentreTrust::bringIn(const DataDirectory &province,
                                          const DataDirectory &commune, const QString &centreId)
{
    const QByteArray communeCa = readAll(commune.caCertificatePath());
    const QByteArray provinceCa = readAll(province.caCertificatePath());
    if (QSslCertificate(communeCa, QSsl::Pem).isNull() ||
        QSslCertificate(provinceCa, QSsl::Pem).isNull())
        return tlsProblem(QStringLiteral("cannot read %1 or %2")
                              .arg(commune.caCertificatePath(), province.caCertificatePath()));
    if (QSslCertificate(communeCa, QSsl::Pem) == QSslCertificate(provinceCa, QSsl::Pem))
        return false;

    bool added = false;
    const QString keptPath = province.importedCaPath(centreId);
    const QByteArray kept = readAll(keptPath);
    if (kept.isEmpty()) {
        if (!QDir().mkpath(QFileInfo(keptPath).path()))
            return ValidationError{QStringLiteral("io"),
                                   QStringLiteral("cannot create %1").arg(keptPath)};
        if (const Result<bool> written = DataDirectory::writeFile(keptPath, communeCa); !written)
            return written.error();
        added = true;
    } else if (QSslCertificate(kept, QSsl::Pem) != QSslCertificate(communeCa, QSsl::Pem)) {
        return tlsProblem(QStringLiteral("%1 holds another CA than %2: centre %3 was brought in "
                                         "from another commune")
                              .arg(keptPath, commune.caCertificatePath(), centreId));
    }

    QList<QByteArray> chain;
    for (const QSslCertificate &link : serverChain(province)) {
        chain.append(link.toPem());
        if (CertificateAuthority::isSignedBy(chain.last(), communeCa))
            return added; // linked by an earlier import
    }
    // The next link certifies the CA that signed the last one: the province's at first.
    QByteArray top = provinceCa;
    if (!chain.isEmpty()) {
        top.clear();
        for (const QSslCertificate &ca : communeCas(province))
            if (CertificateAuthority::isSignedBy(chain.last(), ca.toPem()))
                top = ca.toPem();
        if (top.isEmpty())
            return tlsProblem(QStringLiteral("%1 ends in a certificate of no CA kept under "
                                             "centres/")
                                  .arg(province.serverChainPath()));
    }
    const Result<QByteArray> link =
        CertificateAuthority::crossSign(PemPair{communeCa, readAll(commune.caKeyPath())}, top);
    if (!link)
        return link.error();
    chain.append(link.value());
    if (const Result<bool> written =
            DataDirectory::writeFile(province.serverChainPath(), chain.join());
        !written)
        return written.error();
    return true;
}

QList<QSslCertificate> ImportedCentreTrust::communeCas(const DataDirectory &province)
{
    QList<QSslCertificate> all;
    const QDir centres(province.importedCentresPath());
    for (const QString &centre : centres.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        all += QSslCertificate::fromPath(province.importedCaPath(centre), QSsl::Pem);
    return all;
}

QList<QSslCertificate> ImportedCentreTrust::serverChain(const DataDirectory &province)
{
    if (!QFileInfo::exists(province.serverChainPath()))
        return {};
    return QSslCertificate::fromPath(province.serverChainPath(), QSsl::Pem);
}

} // namespace hailong
