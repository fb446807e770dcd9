// Runs the kiosk's screens under Qt Quick Test with the real session and outbox (in a
// temporary folder) and no network.
#include "KioskStatus.h"
#include "KioskTranslator.h"
#include "OutboxProbe.h"
#include "RatingOutbox.h"
#include "RatingSession.h"
#include "SurveyCache.h"

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
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_translator = std::make_unique<hailong::KioskTranslator>(engine);
        QObject::disconnect(m_languageConnection);
        m_languageConnection =
            connect(m_session.get(), &hailong::RatingSession::languageChanged, m_translator.get(),
                    [this] { m_translator->apply(m_session->language()); });
        engine->rootContext()->setContextProperty(QStringLiteral("kioskSession"), m_session.get());
        engine->rootContext()->setContextProperty(QStringLiteral("kioskStatus"), m_status.get());
        engine->rootContext()->setContextProperty(QStringLiteral("outboxProbe"), m_probe.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<hailong::RatingOutbox> m_outbox;
    std::unique_ptr<hailong::SurveyCache> m_surveys;
    std::unique_ptr<hailong::KioskStatus> m_status;
    std::unique_ptr<hailong::RatingSession> m_session;
    std::unique_ptr<OutboxProbe> m_probe;
    std::unique_ptr<hailong::KioskTranslator> m_translator;
    QMetaObject::Connection m_languageConnection;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, KioskTestSetup)

#include "main.moc"
