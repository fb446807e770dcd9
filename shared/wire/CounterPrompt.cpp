#include "wire/CounterPrompt.h"

namespace hailong {

QJsonObject CounterPrompt::toJson() const
{
    return {{QStringLiteral("dossier"), dossier},
            {QStringLiteral("field"), field},
            {QStringLiteral("staff"), staff},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("prompted_at"), promptedAt.toString(Qt::ISODateWithMs)}};
}

std::optional<CounterPrompt> CounterPrompt::fromJson(const QJsonObject &json)
{
    CounterPrompt prompt;
    prompt.dossier = json.value(QStringLiteral("dossier")).toString();
    prompt.field = json.value(QStringLiteral("field")).toString();
    prompt.staff = json.value(QStringLiteral("staff")).toString();
    prompt.counter = json.value(QStringLiteral("counter")).toString();
    prompt.promptedAt = QDateTime::fromString(json.value(QStringLiteral("prompted_at")).toString(),
                                              Qt::ISODateWithMs);
    if (prompt.dossier.isEmpty() && prompt.field.isEmpty() && prompt.staff.isEmpty() &&
        prompt.counter.isEmpty())
        return std::nullopt;
    return prompt;
}

} // namespace hailong
