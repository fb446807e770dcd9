#pragma once

#include <QString>

namespace hailong {

// Where the kiosk's spoken words go. The kiosk asks for prompts by id and text; what makes
// the sound (recordings, a synthetic voice, or a test's list) is the implementation's affair.
class SpeechOutput
{
public:
    virtual ~SpeechOutput() = default;

    // Queues one prompt after whatever is being said. `promptId` names a pre-rendered
    // recording (assets/audio/prompts.tsv); `text` is exactly what the screen shows, for a
    // synthetic voice when no recording of that text exists.
    virtual void say(const QString &promptId, const QString &text) = 0;
    // Silence now and forget what was queued: the citizen has moved on.
    virtual void stop() = 0;
    virtual void setLanguage(const QString &language) = 0;
    virtual void setVolume(double volume) = 0; // 0.0 … 1.0
};

} // namespace hailong
