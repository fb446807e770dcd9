#pragma once

#include "BurstDetector.h"
#include "CounterPrompt.h"
#include "InactivityTimer.h"
#include "KioskLanguage.h"
#include "rating/Rating.h"
#include "survey/SurveyDefinition.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <optional>

namespace hailong {

class RatingOutbox;
class SurveyCache;

// One citizen's visit to the kiosk, as a state machine:
//   idle → question → followUp → comment → thankYou → idle
// One tap on a face is a complete rating; every later step can be skipped, and walking away
// ends the session after the inactivity timeout.
//
// When is the rating written? At the first tap, as an *open* row of the outbox, so that the
// level survives even if the kiosk dies mid-session. Reasons and the comment rewrite that
// same row (same id). When the session ends — done, skipped or timed out — the row is
// sealed, before the thank-you screen appears, and only then can it be sent. A sealed row
// never changes again, so the server never sees two versions of one id.
//
// Help for those who need it lasts one session, then the kiosk is back to its defaults:
// speech (turned on by the speaker button or by any keypad key, and then the inactivity time
// is ten times longer), high contrast, the volume and the language.
//
// QML only shows these properties and forwards taps and keys; it decides nothing.
class RatingSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool facesLocked READ facesLocked NOTIFY screenChanged)
    Q_PROPERTY(int level READ level NOTIFY ratingChanged)
    Q_PROPERTY(int levelFace READ levelFace NOTIFY ratingChanged)
    Q_PROPERTY(QString levelLabel READ levelLabel NOTIFY ratingChanged)
    Q_PROPERTY(bool followUpPositive READ followUpPositive NOTIFY ratingChanged)
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions NOTIFY ratingChanged)
    Q_PROPERTY(QString comment READ comment WRITE setComment NOTIFY commentChanged)
    Q_PROPERTY(QString question READ question NOTIFY surveyTextChanged)
    Q_PROPERTY(QVariantList levels READ levels NOTIFY surveyTextChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int effectiveTimeoutMs READ effectiveTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int thankYouMs READ thankYouMs WRITE setThankYouMs NOTIFY timingChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languagesChanged)
    Q_PROPERTY(bool speechOn READ speechOn NOTIFY assistChanged)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY assistChanged)
    Q_PROPERTY(int volume READ volume NOTIFY assistChanged)
    Q_PROPERTY(bool hasPrompt READ hasPrompt NOTIFY promptChanged)
    Q_PROPERTY(QString promptField READ promptField NOTIFY promptChanged)
    Q_PROPERTY(QString promptCounter READ promptCounter NOTIFY promptChanged)
    Q_PROPERTY(QString promptStaff READ promptStaff NOTIFY promptChanged)
    Q_PROPERTY(int commentMaxLength READ commentMaxLength CONSTANT)
public:
    enum class Screen { Idle, Question, FollowUp, Comment, ThankYou };

    RatingSession(RatingOutbox &outbox, const SurveyCache &surveys, QObject *parent = nullptr);

    QString screen() const;
    Screen currentScreen() const { return m_screen; }
    bool facesLocked() const { return m_screen == Screen::ThankYou; }
    int level() const { return m_rating ? m_rating->overall : 0; }
    int levelFace() const;
    QString levelLabel() const;
    bool followUpPositive() const;
    QVariantList reasonOptions() const;
    QString comment() const { return m_comment; }
    void setComment(const QString &comment);
    QString question() const;
    QVariantList levels() const;
    int secondsLeft() const { return m_inactivity.secondsLeft(); }
    int timeoutMs() const { return m_baseTimeoutMs; }
    int effectiveTimeoutMs() const { return int(m_inactivity.timeout().count()); }
    void setTimeoutMs(int ms);
    int thankYouMs() const { return m_thankYouMs; }
    void setThankYouMs(int ms);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    void setDefaultLanguage(const QString &language);
    QVariantList languages() const;
    void setLanguages(const QList<KioskLanguage> &languages); // Vietnamese stays first
    bool speechOn() const { return m_speechOn; }
    bool highContrast() const { return m_highContrast; }
    int volume() const { return m_volume; } // percent
    void setDefaultVolume(int percent);
    bool hasPrompt() const { return m_prompt.has_value(); }
    QString promptField() const;
    QString promptCounter() const { return m_prompt ? m_prompt->counter : QString(); }
    QString promptStaff() const { return m_prompt ? m_prompt->staff : QString(); }
    int commentMaxLength() const;

    Q_INVOKABLE void wake();                 // a tap on the idle screen
    Q_INVOKABLE void chooseLevel(int level); // a tap on a face
    Q_INVOKABLE void toggleReason(const QString &code);
    Q_INVOKABLE void submitComment(const QString &text);
    Q_INVOKABLE void confirm();               // "Tiếp tục"/"Gửi", Enter
    Q_INVOKABLE void skip();                  // "Bỏ qua", Escape
    Q_INVOKABLE bool keyPressed(int key);     // the keypad; true when it was used
    Q_INVOKABLE void touch();                 // any touch keeps the session alive
    Q_INVOKABLE void listen();                // the speaker button, key 0: speak this screen
    Q_INVOKABLE void toggleHighContrast();    // the contrast button, keys * and H
    Q_INVOKABLE void moreTime();              // "Thêm thời gian": the full time again
    Q_INVOKABLE void nextLanguage();          // key # and L: the next language in the switch
    Q_INVOKABLE void changeVolume(int steps); // keys + and -

    // Staff prompted this counter: the coming rating is about this dossier and field.
    void applyPrompt(const hailong::CounterPrompt &prompt);

signals:
    void screenChanged();
    void ratingChanged();
    void commentChanged();
    void surveyTextChanged();
    void secondsLeftChanged();
    void timingChanged();
    void languageChanged();
    void promptChanged();
    void languagesChanged();
    void assistChanged();
    // What the citizen just did, for the spoken echo of each choice.
    void levelChosen(int level);
    void reasonToggled(const QString &code, const QString &label, bool selected);
    void speakRequested();
    void highContrastToggled(bool on);
    void volumeStepped(bool louder);
    void moreTimeGiven();
    void keyNotUsed();
    // The outbox refused a write: the rating may be lost, so staff must hear of it.
    void storageFailed(const QString &message);

private:
    RatingOutbox &m_outbox;
    const SurveyCache &m_surveys;
    SurveyDefinition m_survey; // fixed for the length of a session
    Screen m_screen = Screen::Idle;
    std::optional<Rating> m_rating;
    QString m_comment;
    QString m_language = QStringLiteral("vi");
    QString m_defaultLanguage = QStringLiteral("vi");
    std::optional<CounterPrompt> m_prompt;
    std::optional<CounterPrompt> m_pendingPrompt;
    QList<KioskLanguage> m_languages = KioskLanguage::builtIn();
    bool m_speechOn = false;
    bool m_highContrast = false;
    int m_volume = 80;
    int m_defaultVolume = 80;
    int m_baseTimeoutMs = 20000;
    InactivityTimer m_inactivity;
    QTimer m_thankYouTimer;
    int m_thankYouMs = 4000;
    BurstDetector m_burst;
    QElapsedTimer m_clock;

    void setScreen(Screen screen);
    void startSession();
    void saveOpen();
    void finish(SessionEnd end);
    void returnToIdle();
    void onTimeout();
    void turnSpeechOn();
    void applyTimeout();
    void resetAssists();
    bool knowsLanguage(const QString &code) const;
    bool handleAssistKey(int key);
    QList<SurveyReason> followUpReasons() const;
    QString localized(const LocalizedText &text) const;
};

} // namespace hailong
