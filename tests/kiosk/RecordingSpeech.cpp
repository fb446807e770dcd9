#include "RecordingSpeech.h"

void RecordingSpeech::say(const QString &promptId, const QString &text)
{
    m_said.append(promptId + QLatin1Char('|') + text);
}

void RecordingSpeech::stop()
{
    ++m_stops;
}

void RecordingSpeech::setLanguage(const QString &language)
{
    m_language = language;
    emit changed();
}

void RecordingSpeech::setVolume(double volume)
{
    m_volume = volume;
    emit changed();
}

QStringList RecordingSpeech::saidIds() const
{
    QStringList ids;
    for (const QString &entry : m_said)
        ids.append(entry.section(QLatin1Char('|'), 0, 0));
    return ids;
}

void RecordingSpeech::clear()
{
    m_said.clear();
    m_stops = 0;
}
