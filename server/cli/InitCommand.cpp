#include "cli/InitCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "crypto/PasswordHash.h"
#include "crypto/SecretDigest.h"
#include "services/EntityId.h"
#include "storage/StorageLocation.h"
#include "tls/CertificateAuthority.h"
#include "tls/ServerNames.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace hailong {

namespace {
QByteArray indicatorsFile()
{
    QJsonArray list;
    for (const IndicatorDefinition &definition : IndicatorDefinition::defaults())
        list.append(definition.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("indicators"), list}}).toJson();
}

Result<bool> writeTls(const DataDirectory &data, const ServerNames &names)
{
    const Result<PemPair> ca = CertificateAuthority::create(QStringLiteral("Hài Lòng local CA"));
    if (!ca)
        return ca.error();
    const Result<PemPair> server =
        CertificateAuthority::issueServerCertificate(ca.value(), names.dnsNames, names.ipAddresses);
    if (!server)
        return server.error();
    for (const Result<bool> &written :
         {DataDirectory::writeFile(data.caCertificatePath(), ca.value().certificate),
          DataDirectory::writePrivateFile(data.caKeyPath(), ca.value().privateKey),
          DataDirectory::writeFile(data.serverCertificatePath(), server.value().certificate),
          DataDirectory::writePrivateFile(data.serverKeyPath(), server.value().privateKey)}) {
        if (!written)
            return written;
    }
    return true;
}
} // namespace

int InitCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral(
            "hailong-server init --data DIR [--db URL] [--centre ID] [--host NAME|IP]..."),
        {{QStringLiteral("centre"),
          QStringLiteral("The id of the first centre, named as centre.json names the commune "
                         "(default main)."),
          QStringLiteral("ID")},
         {QStringLiteral("db"),
          QStringLiteral(
              "postgresql://… for a province's shared database (default DIR/hailong.db); "
              "every later command of DIR uses it."),
          QStringLiteral("URL")},
         {QStringLiteral("host"),
          QStringLiteral("Another name or IP address kiosks reach the server by (the centre's "
                         "LAN address); may be repeated. localhost, this machine's name and "
                         "the loopback addresses are always in the certificate."),
          QStringLiteral("NAME|IP")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString centreId = args.isSet(QStringLiteral("centre"))
                                 ? args.value(QStringLiteral("centre"))
                                 : QStringLiteral("main");
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(centreId, QStringLiteral("centre")))
        return printRefusal(*invalid);
    ServerNames names{{QStringLiteral("localhost")},
                      {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}};
    const QString machineName = QSysInfo::machineHostName();
    if (!machineName.isEmpty() && machineName != QLatin1String("localhost"))
        names.dnsNames.append(machineName);
    if (const Result<bool> added = names.add(args.values(QStringLiteral("host"))); !added) {
        printError(added.error().message);
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    const QString databaseUrl =
        args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db")) : data.databasePath();
    if (QFile::exists(data.databasePath()) || QFile::exists(data.secretKeyPath())) {
        printError(
            QStringLiteral("%1 is already initialised; choose an empty folder").arg(data.path()));
        return ExitUsage;
    }
    if (!QDir().mkpath(data.path()) || !QDir().mkpath(data.surveysPath())) {
        printError(QStringLiteral("cannot create %1").arg(data.path()));
        return ExitFailure;
    }
    // Before anything is written: keys, password hashes and comments are the owner's alone.
    if (const Result<bool> kept = data.keepPrivate(); !kept) {
        printError(kept.error().message);
        return ExitFailure;
    }

    const Result<bool> tls = writeTls(data, names);
    if (!tls) {
        printError(tls.error().message);
        return ExitFailure;
    }
    for (const Result<bool> &written :
         {DataDirectory::writePrivateFile(data.secretKeyPath(),
                                          RandomToken::generateBytes(32).toBase64() + '\n'),
          DataDirectory::writeFile(data.indicatorsPath(), indicatorsFile()),
          DataDirectory::writeFile(
              data.centrePath(),
              QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Xã Hài Lòng")}})
                  .toJson())}) {
        if (!written) {
            printError(written.error().message);
            return ExitFailure;
        }
    }

    if (args.isSet(QStringLiteral("db"))) {
        const Result<bool> saved = DatabaseSetting::save(data, databaseUrl);
        if (!saved) {
            printError(saved.error().message);
            return ExitFailure;
        }
    }
    const QString password = RandomToken::generate(15);
    {
        const Result<std::shared_ptr<Storage>> opened = StorageLocation::open(databaseUrl);
        if (!opened) {
            printError(opened.error().message);
            return opened.error().code == QLatin1String("unsupported-db") ? ExitUsage : ExitFailure;
        }
        Storage &storage = *opened.value();
        // The first admin is the first centre's: a single commune works as it always has.
        Result<bool> added = storage.addCentre({centreId, data.centreName()});
        if (added)
            added = storage.addUser(UserRecord::create(QStringLiteral("admin"), StaffRole::Admin,
                                                       PasswordHash::hash(password), centreId));
        if (!added) {
            printError(added.error().message);
            return ExitFailure;
        }
        storage.audit(QStringLiteral("init"), QStringLiteral("cli"), data.path());
    }

    printLine(QStringLiteral("Đã khởi tạo / initialised %1").arg(data.path()));
    printLine(QStringLiteral("database: %1")
                  .arg(args.isSet(QStringLiteral("db")) ? DatabaseSetting::filePath(data)
                                                        : data.databasePath()));
    printLine(QStringLiteral("ca certificate (kiosks pin this): %1").arg(data.caCertificatePath()));
    printLine(QStringLiteral("ca key: %1").arg(data.caKeyPath()));
    printLine(QStringLiteral("server certificate: %1").arg(data.serverCertificatePath()));
    printLine(QStringLiteral("server key: %1").arg(data.serverKeyPath()));
    printLine(QStringLiteral("secret key: %1").arg(data.secretKeyPath()));
    printLine(QStringLiteral("indicators: %1").arg(data.indicatorsPath()));
    printLine(QStringLiteral("centre: %1").arg(data.centrePath()));
    printLine(QStringLiteral("surveys: %1").arg(data.surveysPath()));
    printLine(QStringLiteral("first centre: %1").arg(centreId));
    printLine(QStringLiteral("user: admin"));
    printLine(QStringLiteral("password: %1").arg(password));
    return ExitOk;
}

} // namespace hailong
