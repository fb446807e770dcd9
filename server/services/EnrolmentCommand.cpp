#include "services/EnrolmentCommand.h"

#include "config/CentreSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSysInfo>

namespace hailong {

Result<EnrolmentCommand> EnrolmentCommand::forCentre(const DataDirectory &data,
                                                     const QString &serverUrl)
{
    QFile caFile(data.caCertificatePath());
    const QSslCertificate ca(caFile.open(QIODevice::ReadOnly) ? caFile.readAll() : QByteArray(),
                             QSsl::Pem);
    if (ca.isNull())
        return ValidationError{
            QStringLiteral("tls"),
            QStringLiteral("%1 holds no CA certificate").arg(data.caCertificatePath())};
    EnrolmentCommand command;
    command.m_serverUrl = serverUrl;
    command.m_caSha256 = QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex());
    QFile serverFile(data.serverCertificatePath());
    const QSslCertificate server(
        serverFile.open(QIODevice::ReadOnly) ? serverFile.readAll() : QByteArray(), QSsl::Pem);
    const auto names = server.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        // Loopback names reach only the server itself, never a kiosk.
        const QHostAddress address(it.value());
        if (it.value() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            continue;
        if (!command.m_certificateAddresses.contains(it.value()))
            command.m_certificateAddresses.append(it.value());
    }
    return command;
}

QString EnrolmentCommand::defaultServerUrl(const DataDirectory &data, quint16 port)
{
    const QString configured = CentreSettings::read(data).publicUrl();
    if (!configured.isEmpty())
        return configured;
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return QStringLiteral("https://%1:%2").arg(host).arg(port);
}

QString EnrolmentCommand::forToken(const QString &token) const
{
    if (isEmpty())
        return {};
    return QStringLiteral("sudo hailong-kiosk-enrol --server %1 --token %2 --ca-sha256 %3")
        .arg(m_serverUrl, token, m_caSha256);
}

} // namespace hailong
