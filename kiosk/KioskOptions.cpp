#include "KioskOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hailong {

namespace {

ValidationError usage(const QString &message)
{
    return {QStringLiteral("usage"), message};
}

} // namespace

Result<KioskOptions> KioskOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hài Lòng kiosk: citizens rate the service at the counter."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server base URL (https://host:port)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("File holding this kiosk's token."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                QStringLiteral("The server's CA certificate (PEM), pinned."),
                                QStringLiteral("FILE"));
    const QCommandLineOption clientCert(
        QStringLiteral("client-cert"),
        QStringLiteral("This kiosk's client certificate (PEM), for a server with mutual TLS."),
        QStringLiteral("FILE"));
    const QCommandLineOption clientKey(QStringLiteral("client-key"),
                                       QStringLiteral("The private key of --client-cert (PEM)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder for the outbox and the survey cache."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the screen."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds without a touch before a session "
                                                    "ends (default 20)."),
                                     QStringLiteral("S"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language each session starts in: vi or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption volume(
        QStringLiteral("volume"),
        QStringLiteral("Speech volume each session starts at, 0-100 (default 80)."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size when not fullscreen, e.g. 1080x1920."),
        QStringLiteral("WxH"));
    const QCommandLineOption screenshotDir(
        QStringLiteral("screenshot-dir"),
        QStringLiteral("Walk through every screen, save PNGs into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({server, tokenFile, ca, clientCert, clientKey, data, fullscreen, timeout,
                       lang, volume, size, screenshotDir});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return usage(parser.helpText());
    if (!parser.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));

    KioskOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || options.server.scheme() != QStringLiteral("https"))
            return usage(QStringLiteral("--server needs an https:// URL"));
        if (!parser.isSet(tokenFile) || !parser.isSet(ca))
            return usage(QStringLiteral("--server needs --token-file and --ca"));
        options.tokenFile = parser.value(tokenFile);
        options.caFile = parser.value(ca);
        if (parser.isSet(clientCert) != parser.isSet(clientKey))
            return usage(QStringLiteral("--client-cert and --client-key go together"));
        options.clientCertificateFile = parser.value(clientCert);
        options.clientKeyFile = parser.value(clientKey);
    } else if (parser.isSet(tokenFile) || parser.isSet(ca) || parser.isSet(clientCert) ||
               parser.isSet(clientKey)) {
        return usage(QStringLiteral("--token-file, --ca, --client-cert and --client-key need "
                                    "--server"));
    }
    options.dataDir = parser.isSet(data)
                          ? parser.value(data)
                          : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                QStringLiteral("/hailong-kiosk");
    options.fullscreen = parser.isSet(fullscreen);
    if (parser.isSet(timeout)) {
        bool ok = false;
        options.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > 600)
            return usage(QStringLiteral("--timeout takes whole seconds from 1 to 600"));
    }
    if (parser.isSet(lang)) {
        options.lang = parser.value(lang);
        if (options.lang != QStringLiteral("vi") && options.lang != QStringLiteral("en"))
            return usage(QStringLiteral("--lang takes vi or en"));
    }
    if (parser.isSet(volume)) {
        bool ok = false;
        options.volumePercent = parser.value(volume).toInt(&ok);
        if (!ok || options.volumePercent < 0 || options.volumePercent > 100)
            return usage(QStringLiteral("--volume takes a whole percent from 0 to 100"));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(size));
        if (!match.hasMatch())
            return usage(QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1080x1920"));
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options.screenshotDir = parser.value(screenshotDir);
    return options;
}

} // namespace hailong
