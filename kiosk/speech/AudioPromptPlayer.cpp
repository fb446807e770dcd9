#include "speech/AudioPromptPlayer.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QUrl>

namespace hailong {

Q_LOGGING_CATEGORY(lcSpeech, "hailong.kiosk.speech")

AudioPromptPlayer::AudioPromptPlayer(PromptCatalog prompts, QObject *parent)
    : QObject(parent)
    , m_prompts(std::move(prompts))
{
    connect(&m_player, &QSoundEffect::playingChanged, this, [this] {
        if (!m_player.isPlaying())
            finished();
    });
    connect(&m_player, &QSoundEffect::statusChanged, this, [this] {
        if (m_player.status() == QSoundEffect::Error) {
            qCWarning(lcSpeech) << "cannot play a prompt recording" << m_player.source();
            finished();
        }
    });
}

AudioPromptPlayer::~AudioPromptPlayer() = default;

void AudioPromptPlayer::addRecordings(const QString &language, const QString &folder)
{
    m_recordingFolders.insert(language, folder);
}

void AudioPromptPlayer::say(const QString &promptId, const QString &text)
{
    m_queue.enqueue({promptId, text});
    if (!m_busy)
        playNext();
}

void AudioPromptPlayer::stop()
{
    m_queue.clear();
    m_busy = false;
    m_player.stop();
    if (m_voice)
        m_voice->stop();
}

void AudioPromptPlayer::setLanguage(const QString &language)
{
    m_language = language;
}

void AudioPromptPlayer::setVolume(double volume)
{
    m_volume = volume;
    m_player.setVolume(float(volume));
    if (m_voice)
        m_voice->setVolume(volume);
}

QString AudioPromptPlayer::recordingFor(const Utterance &utterance) const
{
    const auto folder = m_recordingFolders.constFind(m_language);
    if (folder == m_recordingFolders.cend())
        return {};
    const bool builtIn = m_language == QStringLiteral("vi") || m_language == QStringLiteral("en");
    if (builtIn && m_prompts.text(utterance.promptId, m_language) != utterance.text)
        return {}; // recorded from other words than the screen shows now
    const QString file = *folder + QLatin1Char('/') + utterance.promptId + QStringLiteral(".wav");
    return QFileInfo(file).isFile() ? file : QString();
}

bool AudioPromptPlayer::speakWithVoice(const QString &text)
{
    if (!m_voice) {
        m_voice = std::make_unique<QTextToSpeech>();
        connect(m_voice.get(), &QTextToSpeech::stateChanged, this,
                [this](QTextToSpeech::State state) {
                    if (m_busy && (state == QTextToSpeech::Ready || state == QTextToSpeech::Error))
                        finished();
                });
        m_voice->setVolume(m_volume);
        m_voice->setRate(-0.2); // unhurried, for elderly listeners
    }
    const QLocale::Language wanted = QLocale(m_language).language();
    const QList<QLocale> locales = m_voice->availableLocales();
    const auto locale = std::find_if(locales.cbegin(), locales.cend(),
                                     [wanted](const QLocale &l) { return l.language() == wanted; });
    if (locale == locales.cend())
        return false;
    m_voice->setLocale(*locale);
    m_voice->say(text);
    return true;
}

void AudioPromptPlayer::playNext()
{
    while (!m_queue.isEmpty()) {
        const Utterance next = m_queue.dequeue();
        m_busy = true;
        const QString recording = recordingFor(next);
        if (!recording.isEmpty()) {
            m_player.setSource(QUrl::fromLocalFile(recording));
            m_player.play();
            return;
        }
        if (speakWithVoice(next.text))
            return;
        qCWarning(lcSpeech) << "no recording and no voice for prompt" << next.promptId << "in"
                            << m_language;
    }
    m_busy = false;
}

void AudioPromptPlayer::finished()
{
    if (!m_busy)
        return;
    m_busy = false;
    playNext();
}

} // namespace hailong
