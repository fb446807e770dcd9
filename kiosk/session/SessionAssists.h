#pragma once

#include "language/KioskLanguage.h"

#include <QObject>
#include <QString>
#include <QVariantList>

namespace hailong {

// The help a citizen can ask for, lasting one session: speech (the speaker button, or any
// keypad key), high contrast, the volume and the language. reset() brings the kiosk's defaults
// back for the next citizen. QML binds to these properties and calls the taps directly; the
// session listens to the signals (a longer timeout while speech is on, the rating's language).
class SessionAssists : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languagesChanged)
    Q_PROPERTY(bool speechOn READ speechOn NOTIFY speechChanged)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY highContrastChanged)
    Q_PROPERTY(int volume READ volume NOTIFY volumeChanged)
public:
    explicit SessionAssists(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &code); // a code not in languages() is ignored
    QVariantList languages() const;
    void setLanguages(const QList<KioskLanguage> &packs); // after the built-in ones
    bool speechOn() const { return m_speechOn; }
    bool highContrast() const { return m_highContrast; }
    int volume() const { return m_volume; } // percent

    // The kiosk's own settings (--lang, --volume), taken at once: set them at start-up.
    void setDefaultLanguage(const QString &code);
    void setDefaultVolume(int percent);

    void turnSpeechOn();
    Q_INVOKABLE void toggleHighContrast();    // the contrast button, keys * and H
    Q_INVOKABLE void nextLanguage();          // key # and L: the next language in the switch
    Q_INVOKABLE void changeVolume(int steps); // keys + and -
    // Speech and contrast off, the default volume and language: the next citizen's kiosk.
    void reset();

signals:
    void languageChanged();
    void languagesChanged();
    void speechChanged();
    void highContrastChanged();
    void volumeChanged();
    // What the citizen just did, for the spoken answer to it.
    void highContrastToggled(bool on);
    void volumeStepped(bool louder);
    // A tap or key on an assist: the citizen is still there.
    void used();

private:
    bool knowsLanguage(const QString &code) const;

    QList<KioskLanguage> m_languages = KioskLanguage::builtIn();
    QString m_language = QStringLiteral("vi");
    QString m_defaultLanguage = QStringLiteral("vi");
    bool m_speechOn = false;
    bool m_highContrast = false;
    int m_volume = 80;
    int m_defaultVolume = 80;
};

} // namespace hailong
