#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>
#include <unordered_map>

class QQmlEngine;

namespace hailong {

// Switches the kiosk's fixed texts between Vietnamese (the source language), English and any
// language pack while it runs: installs that language's catalogue and has QML re-evaluate
// every qsTr().
class KioskTranslator : public QObject
{
    Q_OBJECT
public:
    explicit KioskTranslator(QQmlEngine *engine, QObject *parent = nullptr);

    // A language pack's catalogue; false when the file is not a Qt .qm catalogue.
    bool addLanguage(const QString &code, const QString &qmFile);
    // "vi", "en" or an added code; false when that language has no catalogue.
    bool apply(const QString &language);

private:
    QQmlEngine *m_engine;
    std::unordered_map<QString, std::unique_ptr<QTranslator>> m_catalogues;
    QString m_installed; // empty: Vietnamese, no catalogue needed
};

} // namespace hailong
