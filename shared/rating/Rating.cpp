#include "rating/Rating.h"

#include "rating/CanonicalJsonWriter.h"

#include <QJsonArray>

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
    // Every member, present or not, so that "absent" and "changed" both differ. Fingerprints of
    // stored ratings hash these bytes, so they stay exactly the compact text QJsonDocument gave
    // for a QJsonObject of the same members: keys in its (UTF-16) order, criteria in QMap order,
    // which is the same order.
    const QString endedCode = sessionEndCode(ended);
    const QStringView texts[] = {comment, field, procedure, dossier,  counter,
                                 staff,   lang,  survey,    endedCode};
    qsizetype textUnits = 0;
    for (const QStringView text : texts)
        textUnits += text.size();
    for (auto it = criteria.cbegin(); it != criteria.cend(); ++it)
        textUnits += it.key().size();
    for (const QString &reason : reasons)
        textUnits += reason.size();
    // One allocation: the keys, id, numbers and punctuation take under 512 bytes, each criterion or
    // reason adds under 32 besides its text.
    CanonicalJsonWriter json(512 + 32 * (criteria.size() + reasons.size()) +
                             CanonicalJsonWriter::worstCaseStringBytes(textUnits));

    json.beginObject();
    json.key(QLatin1String("comment"));
    json.string(comment);
    json.key(QLatin1String("counter"));
    json.string(counter);
    json.key(QLatin1String("created_at_ms"));
    json.number(createdAt.toMSecsSinceEpoch());
    json.key(QLatin1String("criteria"));
    json.numbers(criteria);
    json.key(QLatin1String("dossier"));
    json.string(dossier);
    json.key(QLatin1String("ended"));
    json.string(endedCode);
    json.key(QLatin1String("field"));
    json.string(field);
    json.key(QLatin1String("id"));
    json.string(id.toString(QUuid::WithoutBraces));
    json.key(QLatin1String("lang"));
    json.string(lang);
    json.key(QLatin1String("overall"));
    json.number(overall);
    json.key(QLatin1String("procedure"));
    json.string(procedure);
    json.key(QLatin1String("reasons"));
    json.strings(reasons);
    json.key(QLatin1String("seq"));
    json.number(seq);
    json.key(QLatin1String("staff"));
    json.string(staff);
    json.key(QLatin1String("survey"));
    json.string(survey);
    json.key(QLatin1String("suspect"));
    json.boolean(suspect);
    json.endObject();
    return json.take();
}

} // namespace hailong
