#include "cli/CertRenewCommand.h"

#include "cli/CommandArguments.h"
#include "tls/CertificateAuthority.h"
#include "tls/ServerCertificateRenewal.h"

namespace hailong {

int CertRenewCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server cert renew --data DIR [--days N] [--host NAME|IP]..."),
        {{QStringLiteral("days"), QStringLiteral("Days the certificate is valid (default 825)."),
          QStringLiteral("N"), QString::number(CertificateAuthority::serverCertificateDays)},
         {QStringLiteral("host"),
          QStringLiteral("A name or IP address to add to those of the current certificate (the "
                         "centre's LAN address); may be repeated."),
          QStringLiteral("NAME|IP")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    bool ok = false;
    const int days = args.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > CertificateAuthority::serverCertificateDays) {
        printError(QStringLiteral("--days must be a whole number from 1 to %1")
                       .arg(CertificateAuthority::serverCertificateDays));
        return ExitUsage;
    }
    const Result<QSslCertificate> renewed = ServerCertificateRenewal::renew(
        args.dataDirectory(), days, args.values(QStringLiteral("host")));
    if (!renewed) {
        printError(renewed.error().message);
        return renewed.error().code == QLatin1String("bad-host") ? ExitUsage : ExitFailure;
    }
    printLine(QStringLiteral("Đã cấp chứng thư máy chủ mới / new server certificate: %1")
                  .arg(args.dataDirectory().serverCertificatePath()));
    printLine(
        QStringLiteral("serial: %1").arg(QString::fromLatin1(renewed.value().serialNumber())));
    printLine(
        QStringLiteral("expires: %1").arg(renewed.value().expiryDate().toString(Qt::ISODate)));
    printLine(QStringLiteral("Khởi động lại máy chủ để dùng / restart the server to use it: "
                             "systemctl restart hailong-server"));
    return ExitOk;
}

} // namespace hailong
