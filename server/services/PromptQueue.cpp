#include "services/PromptQueue.h"

#include "dossier/Dossier.h"
#include "rating/RatingValidator.h"

#include <QSet>
#include <algorithm>

namespace hailong {

namespace {
// A prompt older than this belongs to a citizen who has left the counter.
constexpr qint64 promptLifetimeSeconds = 10 * 60;

Result<CounterPrompt> promptFrom(const QJsonObject &fields, const QString &counter,
                                 const SurveyCatalog &surveys)
{
    CounterPrompt prompt;
    prompt.counter = counter;
    prompt.promptedAt = QDateTime::currentDateTimeUtc();
    for (const auto &[name, target] : {std::pair{QStringLiteral("dossier"), &prompt.dossier},
                                       std::pair{QStringLiteral("field"), &prompt.field},
                                       std::pair{QStringLiteral("staff"), &prompt.staff}}) {
        const QJsonValue value = fields.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return ValidationError{QStringLiteral("wrong-type"),
                                   name + QStringLiteral(" must be text")};
        // A dossier code longer than any dossier can have would tie the rating to none.
        const int maxLength =
            target == &prompt.dossier ? Dossier::maxCodeLength : WireLimits::maxCodeLength;
        if (value.toString().size() > maxLength)
            return ValidationError{QStringLiteral("text-too-long"),
                                   name + QStringLiteral(" is too long")};
        *target = value.toString();
    }
    const SurveyDefinition *survey = surveys.find(QStringLiteral("default"));
    if (!prompt.field.isEmpty() && survey && !survey->hasField(prompt.field))
        return ValidationError{QStringLiteral("unknown-field"),
                               QStringLiteral("no service field \"%1\"").arg(prompt.field)};
    return prompt;
}
} // namespace

PromptQueue::PromptQueue(Storage &storage, const SurveyProvider &surveys, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_surveys(surveys)
{}

bool PromptQueue::hasKioskAt(const QString &centre, const QString &counter)
{
    QSet<QString> centreUnits;
    for (const UnitRecord &unit : m_storage.units()) {
        if (unit.centreId == centre)
            centreUnits.insert(unit.id);
    }
    const QList<KioskRecord> kiosks = m_storage.kiosks();
    return std::any_of(kiosks.cbegin(), kiosks.cend(), [&](const KioskRecord &kiosk) {
        return !kiosk.revoked && kiosk.counter == counter && centreUnits.contains(kiosk.unitId);
    });
}

Result<CounterPrompt> PromptQueue::queue(const QString &centre, const QString &counter,
                                         const QJsonObject &fields)
{
    if (!hasKioskAt(centre, counter))
        return ValidationError{QStringLiteral("unknown-counter"),
                               QStringLiteral("no kiosk at counter \"%1\"").arg(counter)};
    const Result<CounterPrompt> prompt = promptFrom(fields, counter, m_surveys.catalog());
    if (!prompt)
        return prompt;
    m_pending.insert({centre, counter}, prompt.value());
    emit queued(centre, counter);
    return prompt;
}

std::optional<CounterPrompt> PromptQueue::take(const QString &centre, const QString &counter)
{
    const auto it = m_pending.find({centre, counter});
    if (it == m_pending.end())
        return std::nullopt;
    const CounterPrompt prompt = it.value();
    m_pending.erase(it);
    if (prompt.promptedAt.secsTo(QDateTime::currentDateTimeUtc()) > promptLifetimeSeconds)
        return std::nullopt;
    return prompt;
}

} // namespace hailong
