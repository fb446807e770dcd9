#include "KioskTranslator.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace hailong {

KioskTranslator::KioskTranslator(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_englishLoaded = m_english.load(QStringLiteral(":/i18n/hailong-kiosk_en.qm"));
}

bool KioskTranslator::apply(const QString &language)
{
    const bool wantEnglish = language == QStringLiteral("en");
    if (wantEnglish && !m_englishLoaded)
        return false;
    if (wantEnglish != m_installed) {
        if (wantEnglish)
            QCoreApplication::installTranslator(&m_english);
        else
            QCoreApplication::removeTranslator(&m_english);
        m_installed = wantEnglish;
        m_engine->retranslate();
    }
    return true;
}

} // namespace hailong
