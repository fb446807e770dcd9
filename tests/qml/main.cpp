// Runs the kiosk's screens under Qt Quick Test with the real session, outbox and narrator
// (in a temporary folder), a recording fake for the voice, a language pack built by lrelease
// and put in the data folder as a centre would, and no network.
#include "OutboxProbe.h"
#include "RecordingSpeech.h"
#include "ServerSurvey.h"
#include "language/KioskTranslator.h"
#include "language/LanguagePack.h"
#include "session/RatingSession.h"
#include "speech/SessionNarrator.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/SurveyCache.h"

#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(HaiLong_KioskPlugin)

class KioskTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        m_outbox = std::make_unique<hailong::RatingOutbox>(
            m_dir.filePath(QStringLiteral("outbox.sqlite")));
        m_surveys =
            std::make_unique<hailong::SurveyCache>(m_dir.filePath(QStringLiteral("survey.json")));
        m_status = std::make_unique<hailong::KioskStatus>(*m_outbox, QString());
        m_session = std::make_unique<hailong::RatingSession>(*m_outbox, *m_surveys);
        m_probe = std::make_unique<OutboxProbe>(*m_outbox, *m_session);
        m_serverSurvey = std::make_unique<ServerSurvey>(*m_surveys);
        m_languagesDir = m_dir.filePath(QStringLiteral("languages"));
        writeLanguagePack(m_languagesDir + QStringLiteral("/qaa"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_translator = std::make_unique<hailong::KioskTranslator>(engine);
        // As main.cpp does: every pack found is added to the catalogues and to the switch.
        QList<hailong::KioskLanguage> languages;
        for (const hailong::LanguagePack &pack :
             hailong::LanguagePack::findAll(m_languagesDir).packs) {
            if (m_translator->addLanguage(pack.code, pack.qmFile))
                languages.append({pack.code, pack.nativeName});
        }
        m_session->assists().setLanguages(languages);
        QObject::disconnect(m_languageConnection);
        m_languageConnection =
            connect(m_session.get(), &hailong::RatingSession::languageChanged, m_translator.get(),
                    [this] { m_translator->apply(m_session->language()); });
        m_narrator = std::make_unique<hailong::SessionNarrator>(*m_session, m_speech,
                                                                hailong::PromptCatalog::builtIn());
        engine->rootContext()->setContextProperty(QStringLiteral("kioskSession"), m_session.get());
        engine->rootContext()->setContextProperty(QStringLiteral("kioskStatus"), m_status.get());
        engine->rootContext()->setContextProperty(QStringLiteral("outboxProbe"), m_probe.get());
        engine->rootContext()->setContextProperty(QStringLiteral("speechLog"), &m_speech);
        engine->rootContext()->setContextProperty(QStringLiteral("serverSurvey"),
                                                  m_serverSurvey.get());
    }

private:
    static void writeLanguagePack(const QString &folder)
    {
        QDir().mkpath(folder + QStringLiteral("/audio"));
        QFile::copy(QStringLiteral(HAILONG_TEST_PACK_QM), folder + QStringLiteral("/kiosk.qm"));
        QFile manifest(folder + QStringLiteral("/manifest.json"));
        if (manifest.open(QIODevice::WriteOnly))
            manifest.write(R"({"code": "qaa", "name": "Test language", "native_name": "Qaa ngữ",
                               "qm": "kiosk.qm", "audio": "audio/"})");
    }

    QTemporaryDir m_dir;
    QString m_languagesDir;
    RecordingSpeech m_speech;
    std::unique_ptr<hailong::RatingOutbox> m_outbox;
    std::unique_ptr<hailong::SurveyCache> m_surveys;
    std::unique_ptr<hailong::KioskStatus> m_status;
    std::unique_ptr<hailong::RatingSession> m_session;
    std::unique_ptr<OutboxProbe> m_probe;
    std::unique_ptr<ServerSurvey> m_serverSurvey;
    std::unique_ptr<hailong::KioskTranslator> m_translator;
    std::unique_ptr<hailong::SessionNarrator> m_narrator;
    QMetaObject::Connection m_languageConnection;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, KioskTestSetup)

#include "main.moc"
