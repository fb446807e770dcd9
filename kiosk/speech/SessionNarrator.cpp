#include "speech/SessionNarrator.h"

#include "session/RatingSession.h"
#include "speech/SpeechOutput.h"

#include <QVariantMap>

namespace hailong {

SessionNarrator::SessionNarrator(RatingSession &session, SpeechOutput &speech,
                                 PromptCatalog prompts, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_speech(speech)
    , m_prompts(std::move(prompts))
{
    const SessionAssists &assists = m_session.assists();
    m_speech.setLanguage(m_session.language());
    m_speech.setVolume(assists.volume() / 100.0);
    connect(&session, &RatingSession::screenChanged, this, &SessionNarrator::onScreenChanged);
    connect(&session, &RatingSession::speakRequested, this, &SessionNarrator::speakScreen);
    connect(&session, &RatingSession::languageChanged, this, [this] {
        m_speech.setLanguage(m_session.language());
        if (m_session.assists().speechOn())
            speakScreen();
    });
    connect(&assists, &SessionAssists::volumeChanged, this,
            [this] { m_speech.setVolume(m_session.assists().volume() / 100.0); });
    connect(&session, &RatingSession::levelChosen, this, &SessionNarrator::onLevelChosen);
    connect(&session, &RatingSession::reasonToggled, this, &SessionNarrator::onReasonToggled);
    connect(&session, &RatingSession::criterionAnswered, this,
            &SessionNarrator::onCriterionAnswered);
    connect(&assists, &SessionAssists::highContrastToggled, this, [this](bool on) {
        answer(on ? QStringLiteral("SpokenPrompt.highContrastOn")
                  : QStringLiteral("SpokenPrompt.highContrastOff"));
    });
    connect(&assists, &SessionAssists::volumeStepped, this, [this](bool louder) {
        answer(louder ? QStringLiteral("SpokenPrompt.louder")
                      : QStringLiteral("SpokenPrompt.quieter"));
    });
    connect(&session, &RatingSession::moreTimeGiven, this,
            [this] { answer(QStringLiteral("SpokenPrompt.moreTime")); });
    connect(&session, &RatingSession::timeWarningChanged, this,
            &SessionNarrator::onTimeWarningChanged);
    connect(&session, &RatingSession::keyNotUsed, this,
            [this] { answer(QStringLiteral("SpokenPrompt.keyNotUsed")); });
}

void SessionNarrator::sayFixed(const QString &id)
{
    m_speech.say(id, m_prompts.text(id, m_session.language()));
}

void SessionNarrator::sayKey(int number)
{
    sayFixed(QStringLiteral("SpokenPrompt.key%1").arg(number));
}

void SessionNarrator::answer(const QString &id)
{
    if (!m_session.assists().speechOn())
        return;
    m_speech.stop();
    sayFixed(id);
}

void SessionNarrator::speakScreen()
{
    m_speech.stop();
    queueScreen();
}

void SessionNarrator::onScreenChanged()
{
    if (!m_session.assists().speechOn()) {
        m_echoPending = false;
        return;
    }
    if (m_echoPending)
        queueScreen();
    else
        speakScreen();
    m_echoPending = false;
}

void SessionNarrator::onLevelChosen(int level)
{
    if (!m_session.assists().speechOn())
        return;
    m_speech.stop();
    sayFixed(QStringLiteral("SpokenPrompt.selected"));
    m_speech.say(QStringLiteral("level.%1").arg(level), m_session.levelLabel());
    m_echoPending = true;
}

void SessionNarrator::onReasonToggled(const QString &code, const QString &label, bool selected)
{
    if (!m_session.assists().speechOn())
        return;
    m_speech.stop();
    sayFixed(selected ? QStringLiteral("SpokenPrompt.selected")
                      : QStringLiteral("SpokenPrompt.unselected"));
    m_speech.say(QStringLiteral("reason.") + code, label);
}

// "Đã chọn: Hài lòng", then the next row; after the last row the next screen follows the echo.
void SessionNarrator::onCriterionAnswered(const QString &criterion, int level,
                                          const QString &levelLabel)
{
    Q_UNUSED(criterion)
    if (!m_session.assists().speechOn())
        return;
    m_speech.stop();
    sayFixed(QStringLiteral("SpokenPrompt.selected"));
    m_speech.say(QStringLiteral("level.%1").arg(level), levelLabel);
    if (m_session.criterionIndex() < m_session.criterionOptions().size()) {
        queueCurrentCriterion();
        sayFixed(QStringLiteral("SpokenPrompt.questionKeys"));
    } else {
        m_echoPending = true;
    }
}

// The session is about to end: said over whatever is being read, since the citizen has only
// the warning's seconds to answer it.
void SessionNarrator::onTimeWarningChanged()
{
    if (!m_session.timeWarning() || !m_session.assists().speechOn())
        return;
    m_speech.stop();
    sayFixed(QStringLiteral("TimeWarning.title"));
    sayFixed(QStringLiteral("TimeWarning.hint"));
}

void SessionNarrator::queueCurrentCriterion()
{
    const QVariantList rows = m_session.criterionOptions();
    const int index = m_session.criterionIndex();
    if (index >= rows.size())
        return;
    const QVariantMap row = rows.at(index).toMap();
    m_speech.say(QStringLiteral("criterion.") + row.value(QStringLiteral("code")).toString(),
                 row.value(QStringLiteral("label")).toString());
}

void SessionNarrator::queueLevels()
{
    for (const QVariant &entry : m_session.levels()) {
        const QVariantMap level = entry.toMap();
        const int value = level.value(QStringLiteral("value")).toInt();
        sayKey(value);
        m_speech.say(QStringLiteral("level.%1").arg(value),
                     level.value(QStringLiteral("label")).toString());
    }
    sayFixed(QStringLiteral("SpokenPrompt.questionKeys"));
}

void SessionNarrator::queueScreen()
{
    switch (m_session.screen()) {
    case RatingSession::Screen::Idle:
        sayFixed(QStringLiteral("IdleScreen.greeting"));
        sayFixed(QStringLiteral("IdleScreen.hint"));
        queueLevels();
        break;
    case RatingSession::Screen::Question:
        m_speech.say(QStringLiteral("survey.title"), m_session.question());
        queueLevels();
        break;
    case RatingSession::Screen::Criteria:
        sayFixed(QStringLiteral("CriteriaScreen.heading"));
        sayFixed(QStringLiteral("CriteriaScreen.hint"));
        queueCurrentCriterion();
        queueLevels();
        sayFixed(QStringLiteral("SpokenPrompt.followUpKeys"));
        break;
    case RatingSession::Screen::FollowUp: {
        sayFixed(m_session.followUpPositive() ? QStringLiteral("FollowUpScreen.wentWell")
                                              : QStringLiteral("FollowUpScreen.wentWrong"));
        sayFixed(QStringLiteral("FollowUpScreen.hint"));
        int number = 0;
        for (const QVariant &entry : m_session.reasonOptions()) {
            const QVariantMap reason = entry.toMap();
            sayKey(++number);
            m_speech.say(QStringLiteral("reason.") +
                             reason.value(QStringLiteral("code")).toString(),
                         reason.value(QStringLiteral("label")).toString());
        }
        sayFixed(QStringLiteral("SpokenPrompt.followUpKeys"));
        break;
    }
    case RatingSession::Screen::Comment:
        sayFixed(QStringLiteral("CommentScreen.question"));
        sayFixed(QStringLiteral("CommentScreen.hint"));
        sayFixed(QStringLiteral("SpokenPrompt.commentKeys"));
        break;
    case RatingSession::Screen::ThankYou:
        sayFixed(QStringLiteral("ThankYouScreen.title"));
        sayFixed(QStringLiteral("ThankYouScreen.body"));
        break;
    }
}

} // namespace hailong
