#include "session/RatingSession.h"

#include "rating/RatingValidator.h"
#include "sync/RatingOutbox.h"
#include "sync/SurveyCache.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>
#include <algorithm>

namespace hailong {

Q_LOGGING_CATEGORY(lcSession, "hailong.kiosk.session")

namespace {

QDateTime nowWithOffset()
{
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

} // namespace

RatingSession::RatingSession(RatingOutbox &outbox, const SurveyCache &surveys, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_surveys(surveys)
    , m_survey(surveys.current())
{
    m_clock.start();
    m_thankYouTimer.setSingleShot(true);
    connect(&m_thankYouTimer, &QTimer::timeout, this, &RatingSession::returnToIdle);
    connect(&m_inactivity, &InactivityTimer::secondsLeftChanged, this,
            &RatingSession::secondsLeftChanged);
    connect(&m_inactivity, &InactivityTimer::warningChanged, this,
            &RatingSession::timeWarningChanged);
    connect(&m_inactivity, &InactivityTimer::expired, this, &RatingSession::onTimeout);
    connect(&surveys, &SurveyCache::changed, this, [this] {
        if (m_screen == Screen::Idle) {
            m_survey = m_surveys.current();
            emit surveyTextChanged();
        }
    });
    connect(&m_assists, &SessionAssists::languageChanged, this, &RatingSession::onLanguageChanged);
    connect(&m_assists, &SessionAssists::used, this, &RatingSession::touch);
}

int RatingSession::levelFace() const
{
    return m_rating ? text().faceOf(m_rating->overall) : 0;
}

QString RatingSession::levelLabel() const
{
    return m_rating ? text().levelLabel(m_rating->overall) : QString();
}

bool RatingSession::followUpPositive() const
{
    return m_rating && m_survey.isSatisfied(m_rating->overall);
}

QList<SurveyReason> RatingSession::followUpReasons() const
{
    QList<SurveyReason> reasons;
    if (!m_rating)
        return reasons;
    const bool positive = followUpPositive();
    std::copy_if(m_survey.reasons.cbegin(), m_survey.reasons.cend(), std::back_inserter(reasons),
                 [positive](const SurveyReason &reason) { return reason.positive == positive; });
    return reasons;
}

QVariantList RatingSession::reasonOptions() const
{
    if (!m_rating)
        return {};
    return text().reasonOptions(followUpReasons(), m_rating->reasons);
}

QVariantList RatingSession::criterionOptions() const
{
    QVariantList options;
    for (const SurveyCriterion &criterion : m_survey.criteria)
        options.append(QVariantMap{
            {QStringLiteral("code"), criterion.code},
            {QStringLiteral("label"), text().localized(criterion.label)},
            {QStringLiteral("level"), m_rating ? m_rating->criteria.value(criterion.code) : 0}});
    return options;
}

QString RatingSession::question() const
{
    return text().question();
}

QVariantList RatingSession::levels() const
{
    return text().levels();
}

QString RatingSession::promptField() const
{
    if (!m_prompt || m_prompt->field.isEmpty())
        return {};
    return text().fieldName(m_prompt->field);
}

void RatingSession::setComment(const QString &comment)
{
    const QString limited = comment.left(commentMaxLength());
    if (limited == m_comment)
        return;
    m_comment = limited;
    emit commentChanged();
    touch();
}

int RatingSession::commentMaxLength() const
{
    return WireLimits::maxCommentLength;
}

void RatingSession::setTimeoutMs(int ms)
{
    m_timeoutMs = std::max(ms, 100);
    m_inactivity.setTimeout(std::chrono::milliseconds(m_timeoutMs));
    if (m_inactivity.isRunning())
        m_inactivity.restart();
    emit timingChanged();
}

void RatingSession::setWarningMs(int ms)
{
    m_inactivity.setWarningTime(std::chrono::milliseconds(std::max(ms, 0)));
    emit timingChanged();
}

void RatingSession::setThankYouMs(int ms)
{
    m_thankYouMs = std::max(ms, 0);
    emit timingChanged();
}

void RatingSession::onLanguageChanged()
{
    if (m_rating) {
        m_rating->lang = m_assists.language();
        saveOpen();
    }
    emit languageChanged();
    emit surveyTextChanged();
    emit ratingChanged();
    emit promptChanged();
}

void RatingSession::listen()
{
    m_assists.turnSpeechOn();
    if (m_screen == Screen::Idle)
        wake(); // the question appears and is spoken
    else
        emit speakRequested();
    touch();
}

void RatingSession::moreTime()
{
    touch();
    emit moreTimeGiven();
}

void RatingSession::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void RatingSession::startSession()
{
    m_survey = m_surveys.current();
    emit surveyTextChanged();
    setScreen(Screen::Question);
    m_inactivity.restart();
}

void RatingSession::wake()
{
    if (m_screen == Screen::Idle)
        startSession();
    else
        touch();
}

void RatingSession::touch()
{
    if (m_screen != Screen::Idle && m_screen != Screen::ThankYou)
        m_inactivity.restart();
}

void RatingSession::chooseLevel(int level)
{
    if (m_screen == Screen::Idle)
        startSession();
    if (m_screen != Screen::Question || !m_survey.hasLevel(level))
        return;

    const auto seq = m_outbox.nextSeq();
    if (!seq) {
        emit storageFailed(seq.error().message);
        return;
    }
    Rating rating;
    rating.id = QUuid::createUuid();
    rating.createdAt = nowWithOffset();
    rating.seq = seq.value();
    rating.survey = m_survey.id;
    rating.overall = level;
    rating.lang = m_assists.language();
    rating.suspect = m_burst.record(m_clock.elapsed());
    if (m_prompt) {
        rating.dossier = m_prompt->dossier;
        rating.field = m_survey.hasField(m_prompt->field) ? m_prompt->field : QString();
        rating.counter = m_prompt->counter;
        rating.staff = m_prompt->staff;
    }
    m_rating = rating;
    m_comment.clear();
    m_criterionIndex = 0;
    saveOpen();
    emit ratingChanged();
    emit commentChanged();
    m_inactivity.restart();
    emit levelChosen(level);
    if (m_survey.askCriteria && !m_survey.criteria.isEmpty())
        setScreen(Screen::Criteria);
    else
        leaveCriteria();
}

void RatingSession::answerCriterion(const QString &code, int level)
{
    if (m_screen != Screen::Criteria || !m_rating || !m_survey.hasLevel(level))
        return;
    const auto criterion =
        std::find_if(m_survey.criteria.cbegin(), m_survey.criteria.cend(),
                     [&code](const SurveyCriterion &c) { return c.code == code; });
    if (criterion == m_survey.criteria.cend())
        return;
    m_rating->criteria.insert(code, level);
    // The keypad goes on with the row after the one just answered.
    m_criterionIndex = int(std::distance(m_survey.criteria.cbegin(), criterion)) + 1;
    saveOpen();
    emit ratingChanged();
    touch();
    emit criterionAnswered(text().localized(criterion->label), level, text().levelLabel(level));
}

// After the criteria, answered or skipped alike (or at once when the survey asks none).
void RatingSession::leaveCriteria()
{
    m_inactivity.restart();
    setScreen(followUpReasons().isEmpty() ? Screen::Comment : Screen::FollowUp);
}

void RatingSession::toggleReason(const QString &code)
{
    if (m_screen != Screen::FollowUp || !m_rating)
        return;
    const QList<SurveyReason> offered = followUpReasons();
    const auto reason = std::find_if(offered.cbegin(), offered.cend(),
                                     [&code](const SurveyReason &r) { return r.code == code; });
    if (reason == offered.cend())
        return;
    const bool selected = !m_rating->reasons.contains(code);
    if (selected)
        m_rating->reasons.append(code);
    else
        m_rating->reasons.removeAll(code);
    saveOpen();
    emit ratingChanged();
    touch();
    emit reasonToggled(code, text().localized(reason->label), selected);
}

void RatingSession::submitComment(const QString &text)
{
    if (m_screen != Screen::Comment)
        return;
    setComment(text);
    confirm();
}

void RatingSession::confirm()
{
    switch (m_screen) {
    case Screen::Idle:
        wake();
        break;
    case Screen::Criteria:
        leaveCriteria();
        break;
    case Screen::FollowUp:
        openComment();
        break;
    case Screen::Comment:
        finish(SessionEnd::Done);
        break;
    case Screen::Question: // nothing chosen yet: Enter alone does not rate
    case Screen::ThankYou:
        break;
    }
}

// After the follow-up, answered or skipped alike: the comment screen, with its full time.
void RatingSession::openComment()
{
    m_inactivity.restart();
    setScreen(Screen::Comment);
}

void RatingSession::skip()
{
    switch (m_screen) {
    case Screen::Question:
        returnToIdle();
        break;
    case Screen::Criteria: // skipped as a whole; rows already answered are kept
        leaveCriteria();
        break;
    case Screen::FollowUp:
        openComment();
        break;
    case Screen::Comment:
        m_comment.clear();
        emit commentChanged();
        finish(SessionEnd::Skipped);
        break;
    case Screen::Idle:
    case Screen::ThankYou: // the faces stay locked for the thank-you time
        break;
    }
}

bool RatingSession::keyPressed(int key)
{
    // Someone using the keypad may not see the screen: from the first key on, the kiosk
    // speaks, and every key is answered aloud.
    m_assists.turnSpeechOn();
    if (m_inactivity.isWarning()) {
        moreTime();
        return true;
    }
    const KeypadPress press = KeypadPress::of(key);
    switch (press.action) {
    case KeypadAction::Speak:
        listen();
        return true;
    case KeypadAction::HighContrast:
        m_assists.toggleHighContrast();
        return true;
    case KeypadAction::NextLanguage:
        m_assists.nextLanguage();
        return true;
    case KeypadAction::Louder:
        m_assists.changeVolume(+1);
        return true;
    case KeypadAction::Quieter:
        m_assists.changeVolume(-1);
        return true;
    case KeypadAction::Number:
    case KeypadAction::Confirm:
    case KeypadAction::Skip:
    case KeypadAction::Other:
        break;
    }
    if (!answerKeyOnScreen(press))
        emit keyNotUsed();
    return true;
}

bool RatingSession::answerKeyOnScreen(const KeypadPress &press)
{
    const bool isLevel = press.action == KeypadAction::Number && m_survey.hasLevel(press.number);
    switch (m_screen) {
    case Screen::Idle:
        // Any key wakes the kiosk; a level key there is already the rating.
        if (isLevel)
            chooseLevel(press.number);
        else
            wake();
        return true;
    case Screen::Question:
        touch();
        if (isLevel) {
            chooseLevel(press.number);
            return true;
        }
        if (press.action == KeypadAction::Skip) {
            skip();
            return true;
        }
        return false;
    case Screen::Criteria:
        touch();
        if (isLevel && m_criterionIndex < m_survey.criteria.size()) {
            answerCriterion(m_survey.criteria.at(m_criterionIndex).code, press.number);
            if (m_criterionIndex >= m_survey.criteria.size())
                leaveCriteria();
            return true;
        }
        return confirmOrSkip(press);
    case Screen::FollowUp: {
        touch();
        const QList<SurveyReason> offered = followUpReasons();
        if (press.action == KeypadAction::Number && press.number <= offered.size()) {
            toggleReason(offered[press.number - 1].code);
            return true;
        }
        return confirmOrSkip(press);
    }
    case Screen::Comment:
        touch();
        return confirmOrSkip(press);
    case Screen::ThankYou:
        return true; // swallowed: the faces are locked
    }
    return false;
}

bool RatingSession::confirmOrSkip(const KeypadPress &press)
{
    if (press.action == KeypadAction::Confirm) {
        confirm();
        return true;
    }
    if (press.action == KeypadAction::Skip) {
        skip();
        return true;
    }
    return false;
}

void RatingSession::applyPrompt(const CounterPrompt &prompt)
{
    if (m_screen == Screen::Idle || (m_screen == Screen::Question && !m_rating)) {
        m_prompt = prompt;
        emit promptChanged();
        if (m_screen == Screen::Idle)
            startSession();
        else
            touch();
        return;
    }
    // A citizen is mid-session: the prompt is for the next one.
    m_pendingPrompt = prompt;
}

void RatingSession::saveOpen()
{
    if (!m_rating)
        return;
    m_rating->comment = m_comment;
    const auto saved = m_outbox.saveOpen(*m_rating);
    if (!saved) {
        qCCritical(lcSession) << "cannot keep the rating:" << saved.error().message;
        emit storageFailed(saved.error().message);
    }
}

void RatingSession::finish(SessionEnd end)
{
    if (!m_rating)
        return;
    m_inactivity.stop();
    m_rating->comment = m_comment;
    m_rating->ended = end;
    const auto sealed = m_outbox.seal(*m_rating);
    if (!sealed) {
        qCCritical(lcSession) << "cannot seal the rating:" << sealed.error().message;
        emit storageFailed(sealed.error().message);
    }
    if (end == SessionEnd::Timeout) {
        // The citizen has gone: thanking an empty room only delays the next one.
        returnToIdle();
        return;
    }
    setScreen(Screen::ThankYou);
    m_thankYouTimer.start(m_thankYouMs);
}

void RatingSession::onTimeout()
{
    if (m_rating && m_screen != Screen::ThankYou)
        finish(SessionEnd::Timeout);
    else
        returnToIdle();
}

void RatingSession::returnToIdle()
{
    m_inactivity.stop();
    m_thankYouTimer.stop();
    m_rating.reset();
    m_comment.clear();
    m_prompt.reset();
    emit ratingChanged();
    emit commentChanged();
    emit promptChanged();
    setScreen(Screen::Idle);
    m_assists.reset();
    m_survey = m_surveys.current();
    emit surveyTextChanged();
    if (m_pendingPrompt) {
        const CounterPrompt prompt = *m_pendingPrompt;
        m_pendingPrompt.reset();
        applyPrompt(prompt);
    }
}

} // namespace hailong
