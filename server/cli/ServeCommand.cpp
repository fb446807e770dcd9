#include "cli/ServeCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "cli/ServerServices.h"
#include "config/CentreSettings.h"
#include "http/ApiServer.h"
#include "services/AlertService.h"
#include "services/CommentRetention.h"
#include "storage/StorageLocation.h"
#include "tls/ImportedCentreTrust.h"

#include <QCoreApplication>
#include <QFile>

namespace hailong {

namespace {
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
};

// "HOST:PORT" or "[v6]:PORT".
std::optional<ListenAddress> parseListen(const QString &text)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    ListenAddress address{QHostAddress(host), quint16(port)};
    if (host == QLatin1String("localhost"))
        address.host = QHostAddress(QHostAddress::LocalHost);
    if (!ok || port > 65535 || address.host.isNull())
        return std::nullopt;
    return address;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int ServeCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server serve --data DIR [--listen HOST:PORT] [--db URL] "
                       "[--kiosk-rate-limit N] [--link-rate-limit N] [--alert-min-ratings N] "
                       "[--mutual-tls] [--notify-check-seconds N]"),
        {{QStringLiteral("listen"), QStringLiteral("Address (default 0.0.0.0:8443)."),
          QStringLiteral("HOST:PORT"), QStringLiteral("0.0.0.0:8443")},
         {QStringLiteral("db"),
          QStringLiteral("sqlite:///path, a path or postgresql://… (default: the URL saved by "
                         "init --db, else DIR/hailong.db)."),
          QStringLiteral("URL")},
         {QStringLiteral("kiosk-rate-limit"),
          QStringLiteral("Requests per second per kiosk; 0 = off."), QStringLiteral("N"),
          QStringLiteral("10")},
         {QStringLiteral("link-rate-limit"),
          QStringLiteral("Rating pages and link ratings a minute per address; 0 = off."),
          QStringLiteral("N"), QStringLiteral("30")},
         {QStringLiteral("alert-min-ratings"),
          QStringLiteral("Ratings today before an indicator below target alerts (default 30)."),
          QStringLiteral("N"), QString::number(AlertService::defaultMinRatings)},
         {QStringLiteral("notify-check-seconds"),
          QStringLiteral("How often offline kiosks and the daily digest's time are looked at for "
                         "e-mail notices (default 60)."),
          QStringLiteral("N"), QStringLiteral("60")},
         {QStringLiteral("mutual-tls"),
          QStringLiteral("Kiosk requests also need the kiosk's client certificate (kiosk add "
                         "--client-cert); staff pages and /healthz do not.")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::optional<ListenAddress> listen = parseListen(args.value(QStringLiteral("listen")));
    if (!listen) {
        printError(QStringLiteral("--listen must be HOST:PORT"));
        return ExitUsage;
    }
    bool rateOk = false;
    const int rateLimit = args.value(QStringLiteral("kiosk-rate-limit")).toInt(&rateOk);
    if (!rateOk || rateLimit < 0) {
        printError(QStringLiteral("--kiosk-rate-limit must be a whole number >= 0"));
        return ExitUsage;
    }
    bool linkRateOk = false;
    const int linkRateLimit = args.value(QStringLiteral("link-rate-limit")).toInt(&linkRateOk);
    if (!linkRateOk || linkRateLimit < 0) {
        printError(QStringLiteral("--link-rate-limit must be a whole number >= 0"));
        return ExitUsage;
    }
    bool alertOk = false;
    const int alertMinRatings = args.value(QStringLiteral("alert-min-ratings")).toInt(&alertOk);
    if (!alertOk || alertMinRatings < 1) {
        printError(QStringLiteral("--alert-min-ratings must be a whole number >= 1"));
        return ExitUsage;
    }
    bool checkOk = false;
    const int notifyCheckSeconds =
        args.value(QStringLiteral("notify-check-seconds")).toInt(&checkOk);
    if (!checkOk || notifyCheckSeconds < 1) {
        printError(QStringLiteral("--notify-check-seconds must be a whole number >= 1"));
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    // The database (and its -wal and -shm) and anything else serve writes stay the owner's,
    // also in a folder an older version left readable.
    if (const Result<bool> kept = data.keepPrivate(); !kept)
        printError(kept.error().message);
    const QString dbUrl = args.isSet(QStringLiteral("db")) ? args.value(QStringLiteral("db"))
                                                           : DatabaseSetting::url(data);
    Result<std::shared_ptr<Storage>> storage = StorageLocation::open(dbUrl);
    if (!storage) {
        printError(storage.error().message);
        return storage.error().code == QLatin1String("unsupported-db") ? ExitUsage : ExitFailure;
    }
    const Result<QByteArray> secret = data.readSecretKey();
    if (!secret) {
        printError(secret.error().message);
        return ExitFailure;
    }
    const Result<QList<IndicatorDefinition>> indicators = data.readIndicators();
    if (!indicators) {
        printError(indicators.error().message);
        return ExitFailure;
    }
    const CentreSettings centre = CentreSettings::read(data);
    const std::shared_ptr<Storage> database = storage.value();
    // A database from before centres: its one centre is this folder's commune.
    database->nameUnnamedCentres(data.centreName());
    CommentRetention retention(*database, centre.commentRetentionMonths());
    const int purged = retention.start();
    if (purged > 0)
        printLine(QStringLiteral("comments older than %1 months emptied: %2")
                      .arg(centre.commentRetentionMonths())
                      .arg(purged));

    const QByteArray caPem = readFile(data.caCertificatePath());
    const QByteArray serverPem = readFile(data.serverCertificatePath());
    ServerSettings settings;
    settings.certificates =
        CertificateExpiry(QSslCertificate(serverPem, QSsl::Pem), QSslCertificate(caPem, QSsl::Pem));
    const Result<EnrolmentCommand> enrolment = EnrolmentCommand::forCentre(
        data, EnrolmentCommand::defaultServerUrl(
                  data, listen->port == 0 ? EnrolmentCommand::defaultPort : listen->port));
    if (enrolment)
        settings.enrolment = enrolment.value();
    else
        printError(QStringLiteral("kiosk enrolment from the dashboard is off: ") +
                   enrolment.error().message);
    const Result<RatingLinks> ratingLinks = RatingLinks::forCentre(
        data, secret.value(), listen->port == 0 ? EnrolmentCommand::defaultPort : listen->port);
    if (!ratingLinks) {
        printError(ratingLinks.error().message);
        return ExitFailure;
    }
    settings.ratingLinks = ratingLinks.value();
    settings.caseAnswerDays = centre.caseAnswerDays();
    if (centre.smtp()) {
        const QString dashboardUrl =
            !centre.publicUrl().isEmpty()
                ? centre.publicUrl()
                : EnrolmentCommand::defaultServerUrl(
                      data, listen->port == 0 ? EnrolmentCommand::defaultPort : listen->port);
        settings.notifications = StaffNotifications::Settings{*centre.smtp(), dashboardUrl,
                                                              notifyCheckSeconds, alertMinRatings};
        printLine(QStringLiteral("e-mail notifications through ") + centre.smtp()->url);
    } else if (!centre.smtpProblem().isEmpty()) {
        printError(QStringLiteral("e-mail notifications are off: centre.json: ") +
                   centre.smtpProblem());
    } else {
        printLine(QStringLiteral("e-mail notifications are off: centre.json has no \"smtp\" "
                                 "relay"));
    }
    QStringList surveyProblems;
    settings.storage = database;
    settings.secretKey = secret.value();
    settings.indicators = indicators.value();
    settings.surveys = SurveyProvider::fromFolder(data.surveysPath(), &surveyProblems);
    settings.kioskRateLimit = rateLimit;
    settings.linkRateLimit = linkRateLimit;
    settings.alertMinRatings = alertMinRatings;
    settings.communeName = data.centreName();
    settings.centrePath = data.centrePath();
    const bool mutualTls = args.isSet(QStringLiteral("mutual-tls"));
    for (const QString &problem : surveyProblems)
        printError(QStringLiteral("survey left out: ") + problem);

    ServerServices services(std::move(settings));
    ApiServerSettings api;
    api.caCertificatePem = caPem;
    api.mutualTls = mutualTls;
    api.communeCas = ImportedCentreTrust::communeCas(data);
    api.certificateChain = ImportedCentreTrust::serverChain(data);
    ApiServer server(services.context(), std::move(api));
    const Result<quint16> port = server.listen(
        listen->host, listen->port, QSslCertificate(serverPem, QSsl::Pem),
        QSslKey(readFile(data.serverKeyPath()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    if (!port) {
        printError(port.error().message);
        return ExitFailure;
    }
    const QString host = listen->host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + listen->host.toString() + QLatin1Char(']')
                             : listen->host.toString();
    printLine(QStringLiteral("listening on https://%1:%2").arg(host).arg(port.value()));
    if (mutualTls)
        printLine(QStringLiteral("mutual TLS: kiosk requests need the kiosk's client certificate"));
    return QCoreApplication::exec();
}

} // namespace hailong
