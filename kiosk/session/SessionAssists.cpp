#include "session/SessionAssists.h"

#include <QVariantMap>
#include <algorithm>

namespace hailong {

namespace {
constexpr int kVolumeStep = 10;
} // namespace

SessionAssists::SessionAssists(QObject *parent)
    : QObject(parent)
{}

bool SessionAssists::knowsLanguage(const QString &code) const
{
    return std::any_of(m_languages.cbegin(), m_languages.cend(),
                       [&code](const KioskLanguage &language) { return language.code == code; });
}

void SessionAssists::setLanguage(const QString &code)
{
    if (code == m_language || !knowsLanguage(code))
        return;
    m_language = code;
    emit languageChanged();
    emit used();
}

QVariantList SessionAssists::languages() const
{
    QVariantList list;
    for (const KioskLanguage &language : m_languages)
        list.append(QVariantMap{{QStringLiteral("code"), language.code},
                                {QStringLiteral("name"), language.nativeName}});
    return list;
}

void SessionAssists::setLanguages(const QList<KioskLanguage> &packs)
{
    m_languages = KioskLanguage::builtIn(); // Vietnamese stays first
    for (const KioskLanguage &language : packs) {
        if (!knowsLanguage(language.code))
            m_languages.append(language);
    }
    emit languagesChanged();
}

void SessionAssists::setDefaultLanguage(const QString &code)
{
    m_defaultLanguage = code;
    setLanguage(code);
}

void SessionAssists::setDefaultVolume(int percent)
{
    m_defaultVolume = std::clamp(percent, 0, 100);
    m_volume = m_defaultVolume;
    emit volumeChanged();
}

void SessionAssists::nextLanguage()
{
    qsizetype current = 0;
    while (current < m_languages.size() && m_languages[current].code != m_language)
        ++current;
    setLanguage(m_languages[(current + 1) % m_languages.size()].code);
}

void SessionAssists::turnSpeechOn()
{
    if (m_speechOn)
        return;
    m_speechOn = true;
    emit speechChanged();
}

void SessionAssists::toggleHighContrast()
{
    m_highContrast = !m_highContrast;
    emit highContrastChanged();
    emit highContrastToggled(m_highContrast);
    emit used();
}

void SessionAssists::changeVolume(int steps)
{
    const int changed = std::clamp(m_volume + steps * kVolumeStep, 0, 100);
    emit used();
    if (changed == m_volume)
        return;
    const bool louder = changed > m_volume;
    m_volume = changed;
    emit volumeChanged();
    emit volumeStepped(louder);
}

void SessionAssists::reset()
{
    const bool speechWasOn = m_speechOn;
    const bool contrastWasOn = m_highContrast;
    const bool volumeMoved = m_volume != m_defaultVolume;
    m_speechOn = false;
    m_highContrast = false;
    m_volume = m_defaultVolume;
    if (speechWasOn)
        emit speechChanged();
    if (contrastWasOn)
        emit highContrastChanged();
    if (volumeMoved)
        emit volumeChanged();
    setLanguage(m_defaultLanguage);
}

} // namespace hailong
