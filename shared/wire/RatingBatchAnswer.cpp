#include "wire/RatingBatchAnswer.h"

#include "rating/CanonicalJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

QString ratingStatusCode(RatingStatus status)
{
    switch (status) {
    case RatingStatus::Accepted:
        return QStringLiteral("accepted");
    case RatingStatus::Duplicate:
        return QStringLiteral("duplicate");
    case RatingStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<RatingStatus> ratingStatusFromCode(QStringView code)
{
    for (const RatingStatus status :
         {RatingStatus::Accepted, RatingStatus::Duplicate, RatingStatus::Rejected}) {
        if (code == ratingStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QByteArray RatingBatchAnswer::toJson() const
{
    // Written directly rather than through QJsonObject: the server answers every batch so.
    qsizetype capacity = 16;
    for (const RatingResult &result : results)
        capacity +=
            48 + CanonicalJsonWriter::worstCaseStringBytes(
                     result.id.toString().size() + result.error.size() + result.message.size());
    CanonicalJsonWriter json(capacity);
    json.beginObject();
    json.key(QLatin1String("results"));
    json.beginArray();
    for (const RatingResult &result : results) {
        json.beginObject();
        if (!result.error.isEmpty()) {
            json.key(QLatin1String("error"));
            json.string(result.error);
        }
        json.key(QLatin1String("id"));
        json.value(result.id);
        if (!result.error.isEmpty()) {
            json.key(QLatin1String("message"));
            json.string(result.message);
        }
        json.key(QLatin1String("status"));
        json.string(ratingStatusCode(result.status));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

Result<RatingBatchAnswer> RatingBatchAnswer::fromJson(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue results = document.object().value(QStringLiteral("results"));
    if (parseError.error != QJsonParseError::NoError || !results.isArray())
        return ValidationError{QStringLiteral("unreadable-answer"),
                               QStringLiteral("the answer has no results")};
    RatingBatchAnswer answer;
    for (const QJsonValue &entry : results.toArray()) {
        const QJsonObject object = entry.toObject();
        const std::optional<RatingStatus> status =
            ratingStatusFromCode(object.value(QStringLiteral("status")).toString());
        if (!status)
            continue;
        answer.results.append({object.value(QStringLiteral("id")), *status,
                               object.value(QStringLiteral("error")).toString(),
                               object.value(QStringLiteral("message")).toString()});
    }
    return answer;
}

} // namespace hailong
