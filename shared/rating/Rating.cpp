#include "rating/Rating.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hailong {

namespace {

QJsonObject criteriaToJson(const QMap<QString, int> &criteria)
{
    QJsonObject json;
    for (auto it = criteria.cbegin(); it != criteria.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QString createdAtText(const QDateTime &createdAt)
{
    // Keep the kiosk's own offset; show milliseconds only when there are some.
    return createdAt.toString(createdAt.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

QString sessionEndCode(SessionEnd end)
{
    switch (end) {
    case SessionEnd::Done:
        return QStringLiteral("done");
    case SessionEnd::Timeout:
        return QStringLiteral("timeout");
    case SessionEnd::Skipped:
        return QStringLiteral("skipped");
    case SessionEnd::Unspecified:
        break;
    }
    return {};
}

SessionEnd sessionEndFromCode(const QString &code)
{
    for (const SessionEnd end : {SessionEnd::Done, SessionEnd::Timeout, SessionEnd::Skipped}) {
        if (sessionEndCode(end) == code)
            return end;
    }
    return SessionEnd::Unspecified;
}

bool Rating::isTiedToProcedure() const
{
    return !procedure.isEmpty() || !dossier.isEmpty() || !field.isEmpty();
}

QJsonObject Rating::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("created_at"), createdAtText(createdAt)},
                     {QStringLiteral("seq"), seq},
                     {QStringLiteral("survey"), survey},
                     {QStringLiteral("overall"), overall}};
    if (!criteria.isEmpty())
        json.insert(QStringLiteral("criteria"), criteriaToJson(criteria));
    if (!reasons.isEmpty())
        json.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    const QString endedCode = sessionEndCode(ended);
    const std::pair<QString, const QString *> texts[] = {
        {QStringLiteral("comment"), &comment},     {QStringLiteral("field"), &field},
        {QStringLiteral("procedure"), &procedure}, {QStringLiteral("dossier"), &dossier},
        {QStringLiteral("counter"), &counter},     {QStringLiteral("staff"), &staff},
        {QStringLiteral("lang"), &lang},           {QStringLiteral("ended"), &endedCode},
    };
    for (const auto &[key, text] : texts) {
        if (!text->isEmpty())
            json.insert(key, *text);
    }
    if (suspect)
        json.insert(QStringLiteral("suspect"), true);
    return json;
}

QByteArray Rating::canonicalForm() const
{
    // Every member, present or not, so that "absent" and "changed" both differ; QJsonObject
    // keeps its keys sorted, which makes the compact text stable.
    const QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at_ms"), createdAt.toMSecsSinceEpoch()},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("survey"), survey},
        {QStringLiteral("overall"), overall},
        {QStringLiteral("criteria"), criteriaToJson(criteria)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("comment"), comment},
        {QStringLiteral("field"), field},
        {QStringLiteral("procedure"), procedure},
        {QStringLiteral("dossier"), dossier},
        {QStringLiteral("counter"), counter},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("lang"), lang},
        {QStringLiteral("ended"), sessionEndCode(ended)},
        {QStringLiteral("suspect"), suspect},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace hailong
