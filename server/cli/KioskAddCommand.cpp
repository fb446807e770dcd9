#include "cli/KioskAddCommand.h"

#include "cli/CentreSurveys.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"
#include "services/EnrolmentCommand.h"
#include "tls/CertificateAuthority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

namespace hailong {

namespace {
Result<PemPair> issueClientCertificate(const DataDirectory &data, const QString &kioskId)
{
    QFile caCertificate(data.caCertificatePath());
    QFile caKey(data.caKeyPath());
    if (!caCertificate.open(QIODevice::ReadOnly) || !caKey.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("tls"),
                               QStringLiteral("cannot read the centre's CA (%1, %2)")
                                   .arg(data.caCertificatePath(), data.caKeyPath())};
    return CertificateAuthority::issueClientCertificate({caCertificate.readAll(), caKey.readAll()},
                                                        kioskId);
}

struct ClientCertificateFiles
{
    QString certificate;
    QString key;
};

Result<ClientCertificateFiles> writeClientCertificate(const DataDirectory &data,
                                                      const QString &kioskId, const PemPair &issued)
{
    const QString folder = QDir(data.path()).filePath(QStringLiteral("kiosks"));
    if (!QDir().mkpath(folder))
        return ValidationError{QStringLiteral("io"), QStringLiteral("cannot create ") + folder};
    const ClientCertificateFiles files{QDir(folder).filePath(kioskId + QStringLiteral(".pem")),
                                       QDir(folder).filePath(kioskId + QStringLiteral("-key.pem"))};
    const Result<bool> key = DataDirectory::writePrivateFile(files.key, issued.privateKey);
    if (!key)
        return key.error();
    const Result<bool> certificate =
        DataDirectory::writeFile(files.certificate, issued.certificate);
    if (!certificate)
        return certificate.error();
    return files;
}
} // namespace

int KioskAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server kiosk add ID --unit UNIT [--counter C] [--survey ID] "
                       "[--client-cert] --data DIR [--server-url URL]"),
        {{QStringLiteral("unit"), QStringLiteral("The unit the kiosk belongs to."),
          QStringLiteral("UNIT")},
         {QStringLiteral("counter"), QStringLiteral("The counter it stands at."),
          QStringLiteral("C")},
         {QStringLiteral("survey"), QStringLiteral("The survey it shows instead of its unit's."),
          QStringLiteral("ID")},
         {QStringLiteral("server-url"),
          QStringLiteral("The address kiosks reach the server at (default: centre.json "
                         "\"public_url\", else https://<host name>:8443)."),
          QStringLiteral("URL")},
         {QStringLiteral("client-cert"),
          QStringLiteral("Also issue a client certificate for mutual TLS (serve --mutual-tls), "
                         "written to DIR/kiosks/ID.pem and ID-key.pem.")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    KioskRecord kiosk;
    kiosk.id = args.positional(0);
    kiosk.unitId = args.value(QStringLiteral("unit"));
    kiosk.counter = args.value(QStringLiteral("counter"));
    kiosk.survey = args.value(QStringLiteral("survey"));
    const QHash<QString, QString> wordings{
        {QStringLiteral("invalid-name"),
         QStringLiteral("the kiosk needs a --unit (and a --counter, if any) of 1–100 characters")}};
    // Before anything is issued: a valid id also names the kiosk's certificate files safely
    // inside DIR/kiosks.
    if (const std::optional<ValidationError> invalid = Administration::checkKiosk(kiosk))
        return printRefusal(*invalid, wordings);
    const DataDirectory data = args.dataDirectory();
    if (const std::optional<ValidationError> unknown =
            CentreSurveys::load(data).checkChoice(kiosk.survey))
        return printRefusal(*unknown, wordings);
    QString serverUrl = args.value(QStringLiteral("server-url")).trimmed();
    while (serverUrl.endsWith(QLatin1Char('/')))
        serverUrl.chop(1);
    if (serverUrl.isEmpty())
        serverUrl = EnrolmentCommand::defaultServerUrl(data);
    if (!serverUrl.startsWith(QLatin1String("https://"))) {
        printError(QStringLiteral("--server-url must start with https://"));
        return ExitUsage;
    }
    // Before the kiosk is stored: a centre without its CA cannot enrol anything.
    const Result<EnrolmentCommand> enrolment = EnrolmentCommand::forCentre(data, serverUrl);
    if (!enrolment) {
        printError(enrolment.error().message);
        return ExitFailure;
    }
    const bool withCertificate = args.isSet(QStringLiteral("client-cert"));
    PemPair clientCertificate;
    if (withCertificate) {
        const Result<PemPair> issued = issueClientCertificate(data, kiosk.id);
        if (!issued) {
            printError(issued.error().message);
            return ExitFailure;
        }
        clientCertificate = issued.value();
        kiosk.clientCertificateSha256 =
            QString::fromLatin1(QSslCertificate(clientCertificate.certificate, QSsl::Pem)
                                    .digest(QCryptographicHash::Sha256)
                                    .toHex());
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(data);
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const Result<EnrolledKiosk> enrolled = administration.enrolKiosk(kiosk, Actor::commandLine());
    if (!enrolled)
        return printRefusal(enrolled.error(), wordings);
    const QString &token = enrolled.value().token;
    // Written only once the kiosk is stored: a refused (duplicate) id keeps its own files.
    std::optional<ClientCertificateFiles> certificateFiles;
    if (withCertificate) {
        const Result<ClientCertificateFiles> written =
            writeClientCertificate(data, kiosk.id, clientCertificate);
        if (!written) {
            printError(written.error().message +
                       QStringLiteral(" — the kiosk is enrolled without usable certificate files; "
                                      "revoke it and enrol it again"));
            return ExitFailure;
        }
        certificateFiles = written.value();
    }
    printLine(QStringLiteral("kiosk: %1 unit: %2 counter: %3")
                  .arg(kiosk.id, kiosk.unitId, kiosk.counter));
    printLine(QStringLiteral("Token chỉ hiện một lần / the token is shown only once:"));
    printLine(QStringLiteral("token: %1").arg(token));
    if (certificateFiles) {
        printLine(QStringLiteral("client-cert: %1").arg(certificateFiles->certificate));
        printLine(QStringLiteral("client-key: %1").arg(certificateFiles->key));
    }
    printLine(QStringLiteral("Chạy trên máy kiosk / run on the kiosk:"));
    printLine(QStringLiteral("enrol: ") + enrolment.value().forToken(token));
    return ExitOk;
}

} // namespace hailong
