#pragma once

#include "speech/PromptCatalog.h"
#include "speech/SpeechOutput.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSoundEffect>
#include <memory>

class QTextToSpeech;

namespace hailong {

// Speaks by playing the prompts rendered to WAV at build time (espeak-ng), one after the
// other, with QSoundEffect: it plays WAV on its own, without a media framework's plugins. A
// recording is used only when it says exactly the text asked for; otherwise — a centre's own
// survey, a missing file — a synthetic voice for the language reads the text when the system has
// one (Qt TextToSpeech, checked at run time), else the prompt is skipped.
class AudioPromptPlayer : public QObject, public SpeechOutput
{
    Q_OBJECT
public:
    explicit AudioPromptPlayer(PromptCatalog prompts, QObject *parent = nullptr);
    ~AudioPromptPlayer() override;

    // Recordings of `language` as <folder>/<prompt id>.wav. Built-in languages are checked
    // against the prompt catalogue; a language pack's recordings are taken as they are.
    void addRecordings(const QString &language, const QString &folder);

    void say(const QString &promptId, const QString &text) override;
    void stop() override;
    void setLanguage(const QString &language) override;
    void setVolume(double volume) override;

private:
    struct Utterance
    {
        QString promptId;
        QString text;
    };

    PromptCatalog m_prompts;
    QHash<QString, QString> m_recordingFolders; // language → folder
    QString m_language = QStringLiteral("vi");
    QQueue<Utterance> m_queue;
    QSoundEffect m_player;
    double m_volume = 0.8;
    std::unique_ptr<QTextToSpeech> m_voice; // made on first need: it may start a daemon
    bool m_busy = false;

    QString recordingFor(const Utterance &utterance) const;
    bool speakWithVoice(const QString &text);
    void playNext();
    void finished();
};

} // namespace hailong
