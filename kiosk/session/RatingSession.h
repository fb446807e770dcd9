#pragma once

#include "rating/Rating.h"
#include "session/BurstDetector.h"
#include "session/InactivityTimer.h"
#include "session/KeypadMap.h"
#include "session/SessionAssists.h"
#include "session/SurveyText.h"
#include "survey/SurveyDefinition.h"
#include "wire/CounterPrompt.h"

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
//   idle → question → [criteria] → followUp → comment → thankYou → idle
// One tap on a face is a complete rating; every later step can be skipped, and walking away
// ends the session after the inactivity timeout. The criteria screen comes only for a survey
// that asks its criteria (ask_criteria): each criterion a row of the same faces, any of them
// answered or none, the whole screen skipped at once; on the keypad, a level key answers the
// row in turn and, after the last row, goes on.
//
// When is the rating written? At the first tap, as an *open* row of the outbox, so that the
// level survives even if the kiosk dies mid-session. Reasons and the comment rewrite that
// same row (same id). When the session ends — done, skipped or timed out — the row is
// sealed, before the thank-you screen appears, and only then can it be sent. A sealed row
// never changes again, so the server never sees two versions of one id.
//
// The help a citizen can ask for (speech, high contrast, the volume, the language) lives in
// SessionAssists and lasts one session. What the keypad's keys mean is KeypadMap's; what they
// do on each screen is here.
//
// Time (WCAG 2.2.1, Timing Adjustable, "extend"): every screen of a session has the same
// inactivity timeout, speech or not, so a kiosk left mid-session returns to idle in that time
// for the next citizen. In its last seconds (timeWarning) the screen shows a notice with the
// seconds left, and the kiosk says so when speech is on; any touch or key then gives the full
// time again — a key only that, so that someone who cannot see the screen does not also pick
// something. As often as the citizen asks: a touch or key means someone is there, and only
// nobody being there should end the session.
//
// QML only shows these properties and forwards taps and keys; it decides nothing.
class RatingSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool facesLocked READ facesLocked NOTIFY screenChanged)
    Q_PROPERTY(hailong::SessionAssists *assists READ assistsObject CONSTANT)
    Q_PROPERTY(int level READ level NOTIFY ratingChanged)
    Q_PROPERTY(int levelFace READ levelFace NOTIFY ratingChanged)
    Q_PROPERTY(QString levelLabel READ levelLabel NOTIFY ratingChanged)
    Q_PROPERTY(bool followUpPositive READ followUpPositive NOTIFY ratingChanged)
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions NOTIFY ratingChanged)
    Q_PROPERTY(QVariantList criterionOptions READ criterionOptions NOTIFY ratingChanged)
    Q_PROPERTY(int criterionIndex READ criterionIndex NOTIFY ratingChanged)
    Q_PROPERTY(QString comment READ comment WRITE setComment NOTIFY commentChanged)
    Q_PROPERTY(QString question READ question NOTIFY surveyTextChanged)
    Q_PROPERTY(QVariantList levels READ levels NOTIFY surveyTextChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int warningMs READ warningMs WRITE setWarningMs NOTIFY timingChanged)
    Q_PROPERTY(bool timeWarning READ timeWarning NOTIFY timeWarningChanged)
    Q_PROPERTY(int thankYouMs READ thankYouMs WRITE setThankYouMs NOTIFY timingChanged)
    Q_PROPERTY(bool hasPrompt READ hasPrompt NOTIFY promptChanged)
    Q_PROPERTY(QString promptField READ promptField NOTIFY promptChanged)
    Q_PROPERTY(QString promptCounter READ promptCounter NOTIFY promptChanged)
    Q_PROPERTY(QString promptStaff READ promptStaff NOTIFY promptChanged)
    Q_PROPERTY(int commentMaxLength READ commentMaxLength CONSTANT)
public:
    enum class Screen { Idle, Question, Criteria, FollowUp, Comment, ThankYou };
    Q_ENUM(Screen)

    RatingSession(RatingOutbox &outbox, const SurveyCache &surveys, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    bool facesLocked() const { return m_screen == Screen::ThankYou; }
    SessionAssists &assists() { return m_assists; }
    const SessionAssists &assists() const { return m_assists; }
    SessionAssists *assistsObject() { return &m_assists; } // the property QML reads
    QString language() const { return m_assists.language(); }
    int level() const { return m_rating ? m_rating->overall : 0; }
    int levelFace() const;
    QString levelLabel() const;
    bool followUpPositive() const;
    QVariantList reasonOptions() const;
    // [{code, label, level}] of the survey's criteria; level 0 while unanswered.
    QVariantList criterionOptions() const;
    int criterionIndex() const { return m_criterionIndex; } // the row the keypad answers
    QString comment() const { return m_comment; }
    void setComment(const QString &comment);
    QString question() const;
    QVariantList levels() const;
    int secondsLeft() const { return m_inactivity.secondsLeft(); }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    // How long before the end the warning comes (10 s); a timeout no longer
    // than that warns throughout.
    int warningMs() const { return int(m_inactivity.warningTime().count()); }
    void setWarningMs(int ms);
    // The session's last seconds: the notice is up, and a key only gives more time.
    bool timeWarning() const { return m_inactivity.isWarning(); }
    // Tests move time themselves; the kiosk keeps its steady clock.
    void setClock(InactivityTimer::Clock clock) { m_inactivity.setClock(std::move(clock)); }
    int thankYouMs() const { return m_thankYouMs; }
    void setThankYouMs(int ms);
    bool hasPrompt() const { return m_prompt.has_value(); }
    QString promptField() const;
    QString promptCounter() const { return m_prompt ? m_prompt->counter : QString(); }
    QString promptStaff() const { return m_prompt ? m_prompt->staff : QString(); }
    int commentMaxLength() const;

    Q_INVOKABLE void wake();                 // a tap on the idle screen
    Q_INVOKABLE void chooseLevel(int level); // a tap on a face
    Q_INVOKABLE void toggleReason(const QString &code);
    Q_INVOKABLE void answerCriterion(const QString &code, int level); // a face in a row
    Q_INVOKABLE void submitComment(const QString &text);
    Q_INVOKABLE void confirm();           // "Tiếp tục"/"Gửi", Enter
    Q_INVOKABLE void skip();              // "Bỏ qua", Escape
    Q_INVOKABLE bool keyPressed(int key); // the keypad; true when it was used
    Q_INVOKABLE void touch();             // any touch keeps the session alive
    Q_INVOKABLE void listen();            // the speaker button, key 0: speak this screen
    Q_INVOKABLE void moreTime();          // "Thêm thời gian": the full time again

    // Staff prompted this counter: the coming rating is about this dossier and field.
    void applyPrompt(const hailong::CounterPrompt &prompt);

signals:
    void screenChanged();
    void ratingChanged();
    void commentChanged();
    void surveyTextChanged();
    void secondsLeftChanged();
    void timeWarningChanged();
    void timingChanged();
    void promptChanged();
    // The session speaks another language now: the catalogue and the voice follow this, and
    // the survey's texts are announced (surveyTextChanged) only after them.
    void languageChanged();
    // What the citizen just did, for the spoken echo of each choice.
    void levelChosen(int level);
    void reasonToggled(const QString &code, const QString &label, bool selected);
    void criterionAnswered(const QString &criterion, int level, const QString &levelLabel);
    void speakRequested();
    void moreTimeGiven();
    void keyNotUsed();
    // The outbox refused a write: the rating may be lost, so staff must hear of it.
    void storageFailed(const QString &message);

private:
    RatingOutbox &m_outbox;
    const SurveyCache &m_surveys;
    SurveyDefinition m_survey; // fixed for the length of a session
    SessionAssists m_assists;
    Screen m_screen = Screen::Idle;
    std::optional<Rating> m_rating;
    QString m_comment;
    std::optional<CounterPrompt> m_prompt;
    std::optional<CounterPrompt> m_pendingPrompt;
    int m_criterionIndex = 0;
    int m_timeoutMs = 20000;
    InactivityTimer m_inactivity;
    QTimer m_thankYouTimer;
    int m_thankYouMs = 4000;
    BurstDetector m_burst;
    QElapsedTimer m_clock;

    SurveyText text() const { return SurveyText(m_survey, m_assists.language()); }
    void setScreen(Screen screen);
    void startSession();
    void saveOpen();
    void finish(SessionEnd end);
    void returnToIdle();
    void openComment();
    void leaveCriteria();
    void onTimeout();
    void onLanguageChanged();
    bool answerKeyOnScreen(const KeypadPress &press);
    bool confirmOrSkip(const KeypadPress &press);
    QList<SurveyReason> followUpReasons() const;
};

} // namespace hailong
