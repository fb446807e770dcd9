#pragma once

#include "Result.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hailong {

// The kiosk's command line:
//   hailong-kiosk --server URL --token-file F --ca F [--data DIR] [--fullscreen]
//                 [--timeout S] [--lang vi|en] [--volume PERCENT] [--size WxH]
//                 [--screenshot-dir DIR]
// Language packs are found in DATA/languages/<code>/ (kiosk/LANGUAGE-PACKS.md).
// --server, --token-file and --ca go together; without them the kiosk works alone and keeps
// every rating in its outbox until it is started with a server.
struct KioskOptions
{
    QUrl server;
    QString tokenFile;
    QString caFile;
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
