#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

class QCoreApplication;
class QQmlEngine;

namespace hailong {

// Switches the kiosk's fixed texts between Vietnamese (the source language) and English while
// it runs: installs or removes the English catalogue and has QML re-evaluate every qsTr().
class KioskTranslator : public QObject
{
    Q_OBJECT
public:
    explicit KioskTranslator(QQmlEngine *engine, QObject *parent = nullptr);

    // "vi" or "en"; false when the English catalogue is missing from the build.
    bool apply(const QString &language);

private:
    QQmlEngine *m_engine;
    QTranslator m_english;
    bool m_englishLoaded = false;
    bool m_installed = false;
};

} // namespace hailong
