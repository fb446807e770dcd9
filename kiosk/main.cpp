// Wires the kiosk together; every behaviour lives in hailong-kiosk-lib and the QML module.
#include "KioskOptions.h"
#include "SceneGraphRenderer.h"
#include "ScreenshotTour.h"
#include "language/KioskTranslator.h"
#include "language/LanguagePack.h"
#include "session/RatingSession.h"
#include "speech/AudioPromptPlayer.h"
#include "speech/PromptCatalog.h"
#include "speech/SessionNarrator.h"
#include "sync/CounterPromptPoller.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SurveyCache.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>

Q_IMPORT_QML_PLUGIN(HaiLong_KioskPlugin)

namespace {

// The recordings rendered at build time: next to the binary in a build, under share/ once
// installed.
QString promptRecordingsFolder()
{
    const QString binary = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {binary + QStringLiteral("/prompts"),
                                     binary + QStringLiteral("/../share/hailong-kiosk/prompts")}) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return {};
}

// Fullscreen, the first frame is laid out for the screen itself: cage gives the window its size
// only after that frame is shown, which would otherwise be drawn at --size and show cut off
// (or inside a black margin) until the next one.
QSize initialWindowSize(const hailong::KioskOptions &options)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (options.fullscreen && screen && !screen->size().isEmpty())
        return screen->size();
    return options.windowSize;
}

} // namespace

int main(int argc, char *argv[])
{
    // The on-screen keyboard must be chosen before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hailong-kiosk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hài Lòng"));
    // Before the window exists: the renderer is fixed when its scene graph is made.
    if (hailong::chooseSceneGraphRenderer(QStringLiteral("/dev/dri"),
                                          QProcessEnvironment::systemEnvironment()) ==
        hailong::SceneGraphRenderer::Software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    const auto parsed = hailong::KioskOptions::parse(QCoreApplication::arguments());
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
        return 2;
    }
    const hailong::KioskOptions &options = parsed.value();
    if (!QDir().mkpath(options.dataDir)) {
        std::fprintf(stderr, "cannot create data folder %s\n", qPrintable(options.dataDir));
        return 1;
    }

    std::unique_ptr<hailong::RatingOutbox> outbox;
    try {
        outbox = std::make_unique<hailong::RatingOutbox>(options.dataDir +
                                                         QStringLiteral("/outbox.sqlite"));
    } catch (const std::runtime_error &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    hailong::SurveyCache surveys(options.dataDir + QStringLiteral("/survey.json"));
    hailong::KioskStatus status(*outbox,
                                options.hasServer() ? options.server.toString() : QString());
    hailong::RatingSession session(*outbox, surveys);
    session.setTimeoutMs(options.timeoutSeconds * 1000);
    session.assists().setDefaultLanguage(options.lang);
    session.assists().setDefaultVolume(options.volumePercent);
    QObject::connect(&session, &hailong::RatingSession::storageFailed, &status,
                     [&status](const QString &message) {
                         status.recordFailure(status.serverReachable(), message);
                     });

    QNetworkAccessManager network;
    std::optional<hailong::ServerEndpoint> endpoint;
    std::unique_ptr<hailong::SyncClient> sync;
    std::unique_ptr<hailong::CounterPromptPoller> poller;
    if (options.hasServer()) {
        auto loaded = hailong::ServerEndpoint::fromFiles(
            options.server, options.tokenFile, options.caFile, options.clientCertificateFile,
            options.clientKeyFile);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 2;
        }
        endpoint.emplace(std::move(loaded).value());
        endpoint->setQueueSize([&outbox] { return outbox->queuedCount(); });
        sync = std::make_unique<hailong::SyncClient>(*outbox, *endpoint, &network, &status,
                                                     hailong::SyncClient::Tuning{});
        poller = std::make_unique<hailong::CounterPromptPoller>(&network, *endpoint);
        QObject::connect(poller.get(), &hailong::CounterPromptPoller::promptReceived, &session,
                         &hailong::RatingSession::applyPrompt);
        surveys.follow(&network, &*endpoint);
        sync->start();
        poller->start();
    } else {
        std::fprintf(stderr, "no --server: ratings stay in %s until the kiosk runs with one\n",
                     qPrintable(options.dataDir));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    hailong::KioskTranslator translator(&engine);
    hailong::AudioPromptPlayer speech(hailong::PromptCatalog::builtIn());
    const QString recordings = promptRecordingsFolder();
    if (!recordings.isEmpty()) {
        speech.addRecordings(QStringLiteral("vi"), recordings + QStringLiteral("/vi"));
        speech.addRecordings(QStringLiteral("en"), recordings + QStringLiteral("/en"));
    }
    const auto packs =
        hailong::LanguagePack::findAll(options.dataDir + QStringLiteral("/languages"));
    for (const QString &problem : packs.problems)
        std::fprintf(stderr, "language pack not used: %s\n", qPrintable(problem));
    QList<hailong::KioskLanguage> languages;
    for (const hailong::LanguagePack &pack : packs.packs) {
        if (!translator.addLanguage(pack.code, pack.qmFile)) {
            std::fprintf(stderr, "language pack not used: %s is not a Qt catalogue\n",
                         qPrintable(pack.qmFile));
            continue;
        }
        if (!pack.audioDir.isEmpty())
            speech.addRecordings(pack.code, pack.audioDir);
        languages.append({pack.code, pack.nativeName});
    }
    session.assists().setLanguages(languages);
    translator.apply(session.language());
    // The catalogue must change before the narrator reads the screen in the new language.
    QObject::connect(&session, &hailong::RatingSession::languageChanged, &translator,
                     [&] { translator.apply(session.language()); });
    hailong::SessionNarrator narrator(session, speech, hailong::PromptCatalog::builtIn());
    const QSize windowSize = initialWindowSize(options);
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&session)},
        {QStringLiteral("status"), QVariant::fromValue(&status)},
        {QStringLiteral("width"), windowSize.width()},
        {QStringLiteral("height"), windowSize.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/HaiLong/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (options.fullscreen)
        window->showFullScreen();
    else
        window->show();

    std::unique_ptr<hailong::ScreenshotTour> tour;
    if (!options.screenshotDir.isEmpty()) {
        tour = std::make_unique<hailong::ScreenshotTour>(window, &session, options.screenshotDir);
        QObject::connect(tour.get(), &hailong::ScreenshotTour::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        QObject::connect(window, &QQuickWindow::frameSwapped, tour.get(),
                         &hailong::ScreenshotTour::start, Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
