#pragma once

#include "Result.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hailong {

// The kiosk's command line:
//   hailong-kiosk --server URL --token-file F --ca F [--client-cert F --client-key F]
//                 [--data DIR] [--fullscreen]
//                 [--timeout S] [--lang vi|en] [--volume PERCENT] [--size WxH]
//                 [--screenshot-dir DIR]
// Language packs are found in DATA/languages/<code>/ (kiosk/LANGUAGE-PACKS.md).
// --server, --token-file and --ca go together; without them the kiosk works alone and keeps
// every rating in its outbox until it is started with a server. --client-cert and --client-key
// (the files `kiosk add --client-cert` wrote) go together, for a server run with --mutual-tls.
struct KioskOptions
{
    QUrl server;
    QString tokenFile;
    QString caFile;
    QString clientCertificateFile; // empty: no client certificate
    QString clientKeyFile;
    QString dataDir;
    bool fullscreen = false;
    int timeoutSeconds = 20;
    QString lang = QStringLiteral("vi");
    int volumePercent = 80; // where the volume returns after each session
    QSize windowSize{1920, 1080};
    QString screenshotDir;

    bool hasServer() const { return server.isValid() && !server.isEmpty(); }

    // Errors: "usage" with a message fit for the terminal.
    static Result<KioskOptions> parse(const QStringList &arguments);
};

} // namespace hailong
