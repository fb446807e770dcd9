#include "sync/CounterPrompt.h"

namespace hailong {

std::optional<CounterPrompt> CounterPrompt::fromJson(const QJsonObject &json)
{
    CounterPrompt prompt;
    prompt.dossier = json.value(QStringLiteral("dossier")).toString();
    prompt.field = json.value(QStringLiteral("field")).toString();
    prompt.staff = json.value(QStringLiteral("staff")).toString();
    prompt.counter = json.value(QStringLiteral("counter")).toString();
    prompt.promptedAt = json.value(QStringLiteral("prompted_at")).toString();
    if (prompt.dossier.isEmpty() && prompt.field.isEmpty() && prompt.staff.isEmpty() &&
        prompt.counter.isEmpty())
        return std::nullopt;
    return prompt;
}

} // namespace hailong
