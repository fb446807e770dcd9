#include "language/KioskTranslator.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace hailong {

KioskTranslator::KioskTranslator(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    addLanguage(QStringLiteral("en"), QStringLiteral(":/i18n/hailong-kiosk_en.qm"));
}

bool KioskTranslator::addLanguage(const QString &code, const QString &qmFile)
{
    auto catalogue = std::make_unique<QTranslator>();
    if (!catalogue->load(qmFile))
        return false;
    if (m_installed == code)
        apply(QStringLiteral("vi"));
    m_catalogues[code] = std::move(catalogue);
    return true;
}

bool KioskTranslator::apply(const QString &language)
{
    const bool vietnamese = language == QStringLiteral("vi");
    const auto wanted = m_catalogues.find(language);
    if (!vietnamese && wanted == m_catalogues.end())
        return false;
    const QString target = vietnamese ? QString() : language;
    if (target == m_installed)
        return true;
    if (!m_installed.isEmpty())
        QCoreApplication::removeTranslator(m_catalogues.at(m_installed).get());
    if (!vietnamese)
        QCoreApplication::installTranslator(wanted->second.get());
    m_installed = target;
    m_engine->retranslate();
    return true;
}

} // namespace hailong
