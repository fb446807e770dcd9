#pragma once

#include "speech/SpeechOutput.h"

#include <QObject>
#include <QStringList>

// A SpeechOutput for tests: keeps what the kiosk asked to say, in order, as "id|text".
class RecordingSpeech : public QObject, public hailong::SpeechOutput
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(double volume READ volume NOTIFY changed)
public:
    using QObject::QObject;

    void say(const QString &promptId, const QString &text) override;
    void stop() override;
    void setLanguage(const QString &language) override;
    void setVolume(double volume) override;

    Q_INVOKABLE QStringList said() const { return m_said; }
    Q_INVOKABLE QStringList saidIds() const;
    Q_INVOKABLE int stops() const { return m_stops; }
    Q_INVOKABLE void clear();
    QString language() const { return m_language; }
    double volume() const { return m_volume; }

signals:
    void changed();

private:
    QStringList m_said;
    int m_stops = 0;
    QString m_language;
    double m_volume = 0;
};
