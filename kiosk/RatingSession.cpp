#include "RatingSession.h"

#include "RatingOutbox.h"
#include "SurveyCache.h"
#include "rating/RatingValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>
#include <algorithm>
#include <cmath>

namespace hailong {

Q_LOGGING_CATEGORY(lcSession, "hailong.kiosk.session")

namespace {

constexpr int kFaceCount = 5;
// Listening to a screen takes far longer than reading it.
constexpr int kSpeechTimeFactor = 10;
constexpr int kVolumeStep = 10;

// A survey may have three, four or five levels; the faces always span sad to happy, so a
// level is drawn with the face at the same relative place on the scale.
int faceForIndex(int index, int levelCount)
{
    if (levelCount <= 1)
        return kFaceCount;
    return 1 + int(std::lround(double(index) * (kFaceCount - 1) / (levelCount - 1)));
}

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
    connect(&m_inactivity, &InactivityTimer::expired, this, &RatingSession::onTimeout);
    connect(&surveys, &SurveyCache::changed, this, [this] {
        if (m_screen == Screen::Idle) {
            m_survey = m_surveys.current();
            emit surveyTextChanged();
        }
    });
}

QString RatingSession::screen() const
{
    switch (m_screen) {
    case Screen::Idle:
        return QStringLiteral("idle");
    case Screen::Question:
        return QStringLiteral("question");
    case Screen::FollowUp:
        return QStringLiteral("followUp");
    case Screen::Comment:
        return QStringLiteral("comment");
    case Screen::ThankYou:
        return QStringLiteral("thankYou");
    }
    return {};
}

QString RatingSession::localized(const LocalizedText &text) const
{
    if (m_language == QStringLiteral("vi"))
        return text.vi;
    if (m_language == QStringLiteral("en"))
        return text.en.isEmpty() ? text.vi : text.en;
    // A language pack translates survey texts in its .qm under the context "Survey", with the
    // Vietnamese text as source; untranslated texts stay Vietnamese.
    return QCoreApplication::translate("Survey", text.vi.toUtf8().constData());
}

int RatingSession::levelFace() const
{
    if (!m_rating)
        return 0;
    for (qsizetype i = 0; i < m_survey.levels.size(); ++i) {
        if (m_survey.levels[i].value == m_rating->overall)
            return faceForIndex(int(i), int(m_survey.levels.size()));
    }
    return 0;
}

QString RatingSession::levelLabel() const
{
    if (!m_rating)
        return {};
    for (const SurveyLevel &level : m_survey.levels) {
        if (level.value == m_rating->overall)
            return localized(level.label);
    }
    return {};
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
    QVariantList options;
    for (const SurveyReason &reason : followUpReasons()) {
        options.append(QVariantMap{
            {QStringLiteral("code"), reason.code},
            {QStringLiteral("label"), localized(reason.label)},
            {QStringLiteral("icon"), reason.icon},
            {QStringLiteral("selected"), m_rating->reasons.contains(reason.code)},
        });
    }
    return options;
}

QString RatingSession::question() const
{
    return localized(m_survey.title);
}

QVariantList RatingSession::levels() const
{
    QVariantList levels;
    // Happiest first: the reading order puts the answer most citizens give under the eye.
    for (qsizetype i = m_survey.levels.size() - 1; i >= 0; --i) {
        const SurveyLevel &level = m_survey.levels[i];
        levels.append(QVariantMap{
            {QStringLiteral("value"), level.value},
            {QStringLiteral("label"), localized(level.label)},
            {QStringLiteral("face"), faceForIndex(int(i), int(m_survey.levels.size()))},
        });
    }
    return levels;
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
    m_baseTimeoutMs = std::max(ms, 100);
    applyTimeout();
}

void RatingSession::applyTimeout()
{
    const int factor = m_speechOn ? kSpeechTimeFactor : 1;
    m_inactivity.setTimeout(std::chrono::milliseconds(qint64(m_baseTimeoutMs) * factor));
    if (m_inactivity.isRunning())
        m_inactivity.restart();
    emit timingChanged();
}

void RatingSession::setThankYouMs(int ms)
{
    m_thankYouMs = std::max(ms, 0);
    emit timingChanged();
}

void RatingSession::setLanguage(const QString &language)
{
    if (language == m_language || !knowsLanguage(language))
        return;
    m_language = language;
    if (m_rating) {
        m_rating->lang = language;
        saveOpen();
    }
    emit languageChanged();
    emit surveyTextChanged();
    emit ratingChanged();
    emit promptChanged();
    touch();
}

void RatingSession::setDefaultLanguage(const QString &language)
{
    m_defaultLanguage = language;
    if (m_screen == Screen::Idle)
        setLanguage(language);
}

bool RatingSession::knowsLanguage(const QString &code) const
{
    return std::any_of(m_languages.cbegin(), m_languages.cend(),
                       [&code](const KioskLanguage &language) { return language.code == code; });
}

QVariantList RatingSession::languages() const
{
    QVariantList list;
    for (const KioskLanguage &language : m_languages)
        list.append(QVariantMap{{QStringLiteral("code"), language.code},
                                {QStringLiteral("name"), language.nativeName}});
    return list;
}

void RatingSession::setLanguages(const QList<KioskLanguage> &languages)
{
    m_languages = KioskLanguage::builtIn();
    for (const KioskLanguage &language : languages) {
        if (!knowsLanguage(language.code))
            m_languages.append(language);
    }
    emit languagesChanged();
}

void RatingSession::nextLanguage()
{
    qsizetype current = 0;
    while (current < m_languages.size() && m_languages[current].code != m_language)
        ++current;
    setLanguage(m_languages[(current + 1) % m_languages.size()].code);
}

void RatingSession::setDefaultVolume(int percent)
{
    m_defaultVolume = std::clamp(percent, 0, 100);
    if (m_screen == Screen::Idle) {
        m_volume = m_defaultVolume;
        emit assistChanged();
    }
}

void RatingSession::turnSpeechOn()
{
    if (m_speechOn)
        return;
    m_speechOn = true;
    applyTimeout();
    emit assistChanged();
}

void RatingSession::listen()
{
    turnSpeechOn();
    if (m_screen == Screen::Idle)
        wake(); // the question appears and is spoken
    else
        emit speakRequested();
    touch();
}

void RatingSession::toggleHighContrast()
{
    m_highContrast = !m_highContrast;
    emit assistChanged();
    emit highContrastToggled(m_highContrast);
    touch();
}

void RatingSession::moreTime()
{
    touch();
    emit moreTimeGiven();
}

void RatingSession::changeVolume(int steps)
{
    const int changed = std::clamp(m_volume + steps * kVolumeStep, 0, 100);
    touch();
    if (changed == m_volume)
        return;
    const bool louder = changed > m_volume;
    m_volume = changed;
    emit assistChanged();
    emit volumeStepped(louder);
}

void RatingSession::resetAssists()
{
    const bool changed = m_speechOn || m_highContrast || m_volume != m_defaultVolume;
    m_speechOn = false;
    m_highContrast = false;
    m_volume = m_defaultVolume;
    applyTimeout();
    if (changed)
        emit assistChanged();
}

QString RatingSession::promptField() const
{
    if (!m_prompt || m_prompt->field.isEmpty())
        return {};
    const ServiceField *field = m_survey.field(m_prompt->field);
    return field ? localized(field->name) : m_prompt->field;
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
    rating.lang = m_language;
    rating.suspect = m_burst.record(m_clock.elapsed());
    if (m_prompt) {
        rating.dossier = m_prompt->dossier;
        rating.field = m_survey.hasField(m_prompt->field) ? m_prompt->field : QString();
        rating.counter = m_prompt->counter;
        rating.staff = m_prompt->staff;
    }
    m_rating = rating;
    m_comment.clear();
    saveOpen();
    emit ratingChanged();
    emit commentChanged();
    m_inactivity.restart();
    emit levelChosen(level);
    setScreen(followUpReasons().isEmpty() ? Screen::Comment : Screen::FollowUp);
}

void RatingSession::toggleReason(const QString &code)
{
    if (m_screen != Screen::FollowUp || !m_rating)
        return;
    const QList<SurveyReason> offered = followUpReasons();
    const bool isOffered = std::any_of(offered.cbegin(), offered.cend(),
                                       [&code](const SurveyReason &r) { return r.code == code; });
    if (!isOffered)
        return;
    const bool selected = !m_rating->reasons.contains(code);
    if (selected)
        m_rating->reasons.append(code);
    else
        m_rating->reasons.removeAll(code);
    saveOpen();
    emit ratingChanged();
    touch();
    const auto reason = std::find_if(offered.cbegin(), offered.cend(),
                                     [&code](const SurveyReason &r) { return r.code == code; });
    emit reasonToggled(code, localized(reason->label), selected);
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
    case Screen::FollowUp:
        m_inactivity.restart();
        setScreen(Screen::Comment);
        break;
    case Screen::Comment:
        finish(SessionEnd::Done);
        break;
    case Screen::Question: // nothing chosen yet: Enter alone does not rate
    case Screen::ThankYou:
        break;
    }
}

void RatingSession::skip()
{
    switch (m_screen) {
    case Screen::Question:
        returnToIdle();
        break;
    case Screen::FollowUp:
        m_inactivity.restart();
        setScreen(Screen::Comment);
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
    turnSpeechOn();
    if (handleAssistKey(key))
        return true;
    const bool isLevelKey = key >= Qt::Key_1 && key <= Qt::Key_9;
    const int number = isLevelKey ? key - Qt::Key_0 : 0;
    const bool isEnter = key == Qt::Key_Return || key == Qt::Key_Enter;
    const bool isEscape = key == Qt::Key_Escape;
    switch (m_screen) {
    case Screen::Idle:
        // Any key wakes the kiosk; a level key there is already the rating.
        if (isLevelKey && m_survey.hasLevel(number))
            chooseLevel(number);
        else
            wake();
        return true;
    case Screen::Question:
        touch();
        if (isLevelKey && m_survey.hasLevel(number)) {
            chooseLevel(number);
            return true;
        }
        if (isEscape) {
            skip();
            return true;
        }
        break;
    case Screen::FollowUp: {
        touch();
        const QList<SurveyReason> offered = followUpReasons();
        if (isLevelKey && number <= offered.size()) {
            toggleReason(offered[number - 1].code);
            return true;
        }
        if (isEnter) {
            confirm();
            return true;
        }
        if (isEscape) {
            skip();
            return true;
        }
        break;
    }
    case Screen::Comment:
        touch();
        if (isEnter) {
            confirm();
            return true;
        }
        if (isEscape) {
            skip();
            return true;
        }
        break;
    case Screen::ThankYou:
        return true; // swallowed: the faces are locked
    }
    emit keyNotUsed();
    return true;
}

bool RatingSession::handleAssistKey(int key)
{
    switch (key) {
    case Qt::Key_0:
        listen();
        return true;
    case Qt::Key_Asterisk:
    case Qt::Key_H:
        toggleHighContrast();
        return true;
    case Qt::Key_NumberSign:
    case Qt::Key_L:
        nextLanguage();
        return true;
    case Qt::Key_Plus:
        changeVolume(+1);
        return true;
    case Qt::Key_Minus:
        changeVolume(-1);
        return true;
    default:
        return false;
    }
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
    resetAssists();
    setLanguage(m_defaultLanguage);
    m_survey = m_surveys.current();
    emit surveyTextChanged();
    if (m_pendingPrompt) {
        const CounterPrompt prompt = *m_pendingPrompt;
        m_pendingPrompt.reset();
        applyPrompt(prompt);
    }
}

} // namespace hailong
