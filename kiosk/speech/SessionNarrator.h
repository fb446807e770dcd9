#pragma once

#include "speech/PromptCatalog.h"

#include <QObject>

namespace hailong {

class RatingSession;
class SpeechOutput;

// The kiosk's voice: while speech is on in a session, it reads each new screen (its
// question, then each choice with the key that picks it, then the keys that go on) and
// answers every key or tap with what it did ("Đã chọn", "Hài lòng"), and warns in the
// session's last seconds that it is about to end.
// Each text is the one the screen shows in the session's language.
class SessionNarrator : public QObject
{
    Q_OBJECT
public:
    SessionNarrator(RatingSession &session, SpeechOutput &speech, PromptCatalog prompts,
                    QObject *parent = nullptr);

    // Reads the current screen from the top, cutting off what was being said.
    void speakScreen();

private:
    RatingSession &m_session;
    SpeechOutput &m_speech;
    PromptCatalog m_prompts;
    // A choice was just echoed: the next screen is read after it, not over it.
    bool m_echoPending = false;

    void sayFixed(const QString &id);
    void sayKey(int number);
    void queueScreen();
    void queueLevels();
    void onScreenChanged();
    void onLevelChosen(int level);
    void onReasonToggled(const QString &code, const QString &label, bool selected);
    void onCriterionAnswered(const QString &criterion, int level, const QString &levelLabel);
    void onTimeWarningChanged();
    void queueCurrentCriterion();   // its words, then how to answer it
    void answer(const QString &id); // a short reply to a key, over whatever was being said
};

} // namespace hailong
