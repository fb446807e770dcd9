#include "rating/RatingValidator.h"

#include "period/InstantText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>
#include <limits>
#include <optional>

namespace hailong {

namespace {

// JSON numbers are doubles: integers above 2^53 cannot be told apart any more.
constexpr qint64 maxExactInteger = qint64(1) << 53;

ValidationError fault(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// 8-4-4-4-12 hexadecimal digits, either case, no braces.
bool isUuid(QStringView input)
{
    const QStringView text = withoutFinalNewline(input);
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (dashPosition ? text[i] != u'-' : !isAsciiHexDigit(text[i]))
            return false;
    }
    return true;
}

// Subtags of 1 to 8 ASCII letters or digits joined by single '-', the first letters only.
bool isLanguageTag(QStringView text)
{
    qsizetype subtagStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'-') {
            const qsizetype length = i - subtagStart;
            if (length < 1 || length > 8)
                return false;
            subtagStart = i + 1;
        } else if (!(isAsciiLetter(text[i]) || (subtagStart > 0 && isAsciiDigit(text[i])))) {
            return false;
        }
    }
    return true;
}

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && (u == u'\n' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

// A whole number in [0, max] written as a JSON number (2.0 counts; 2.5, "2", true do not).
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(-1);
    if (number < 0 || number > max)
        return std::nullopt;
    return number;
}

// Absent and null optional members both mean "not given".
bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

Result<Rating> RatingValidator::validate(const QJsonValue &value) const
{
    if (!value.isObject())
        return fault("not-an-object", QStringLiteral("a rating must be a JSON object"));
    const QJsonObject json = value.toObject();
    Rating rating;

    const QJsonValue id = json.value(QLatin1String("id"));
    if (isAbsent(id))
        return fault("missing-id", QStringLiteral("\"id\" is required"));
    const QString idText = id.toString();
    if (!id.isString() || !isUuid(idText))
        return fault("invalid-id", QStringLiteral("\"id\" must be a UUID"));
    rating.id = QUuid::fromString(idText);

    const QJsonValue createdAt = json.value(QLatin1String("created_at"));
    if (isAbsent(createdAt))
        return fault("missing-created-at", QStringLiteral("\"created_at\" is required"));
    const auto instant = parseRfc3339(createdAt.toString());
    if (!createdAt.isString() || !instant)
        return fault("invalid-created-at",
                     QStringLiteral("\"created_at\" must be RFC 3339 with an offset, "
                                    "e.g. 2026-03-14T23:59:59+07:00"));
    rating.createdAt = *instant;

    const QJsonValue seq = json.value(QLatin1String("seq"));
    if (isAbsent(seq))
        return fault("missing-seq", QStringLiteral("\"seq\" is required"));
    const auto seqNumber = wholeNumber(seq, maxExactInteger);
    if (!seqNumber)
        return fault("invalid-seq",
                     QStringLiteral("\"seq\" must be a whole number from 0 to 2^53"));
    rating.seq = *seqNumber;

    const QJsonValue survey = json.value(QLatin1String("survey"));
    if (isAbsent(survey))
        return fault("missing-survey", QStringLiteral("\"survey\" is required"));
    const SurveyDefinition *definition =
        survey.isString() ? m_surveys.find(survey.toString()) : nullptr;
    if (!definition)
        return fault("unknown-survey", QStringLiteral("\"survey\" names no known survey"));
    rating.survey = definition->id;

    const QJsonValue overall = json.value(QLatin1String("overall"));
    if (isAbsent(overall))
        return fault("missing-overall", QStringLiteral("\"overall\" is required"));
    const auto level = wholeNumber(overall, std::numeric_limits<int>::max());
    if (!level || !definition->hasLevel(static_cast<int>(*level)))
        return fault(
            "invalid-level",
            QStringLiteral("\"overall\" must be a level of survey %1").arg(definition->id));
    rating.overall = static_cast<int>(*level);

    const QJsonValue criteria = json.value(QLatin1String("criteria"));
    if (!isAbsent(criteria)) {
        if (!criteria.isObject())
            return fault("wrong-type", QStringLiteral("\"criteria\" must be an object"));
        const QJsonObject answers = criteria.toObject();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            if (!definition->hasCriterion(it.key()))
                return fault("unknown-criterion",
                             QStringLiteral("survey %1 has no criterion \"%2\"")
                                 .arg(definition->id, it.key().left(WireLimits::maxCodeLength)));
            const auto answer = wholeNumber(it.value(), std::numeric_limits<int>::max());
            if (!answer || (*answer != 0 && !definition->hasLevel(static_cast<int>(*answer))))
                return fault("invalid-criterion-level",
                             QStringLiteral("criterion \"%1\" must be 0 or a level").arg(it.key()));
            rating.criteria.insert(it.key(), static_cast<int>(*answer));
        }
    }

    const QJsonValue reasons = json.value(QLatin1String("reasons"));
    if (!isAbsent(reasons)) {
        if (!reasons.isArray())
            return fault("wrong-type", QStringLiteral("\"reasons\" must be an array of codes"));
        for (const QJsonValue &reason : reasons.toArray()) {
            if (!reason.isString())
                return fault("wrong-type", QStringLiteral("\"reasons\" must be an array of codes"));
            const QString code = reason.toString();
            if (!definition->hasReason(code))
                return fault("unknown-reason",
                             QStringLiteral("survey %1 has no reason \"%2\"")
                                 .arg(definition->id, code.left(WireLimits::maxCodeLength)));
            // Only known, distinct codes get in: never longer than the survey's reason list.
            if (rating.reasons.contains(code))
                return fault("duplicate-reason",
                             QStringLiteral("reason \"%1\" is given twice").arg(code));
            rating.reasons.append(code);
        }
    }

    const QJsonValue comment = json.value(QLatin1String("comment"));
    if (!isAbsent(comment)) {
        if (!comment.isString())
            return fault("wrong-type", QStringLiteral("\"comment\" must be a string"));
        rating.comment = comment.toString();
        // Characters as a person counts them: code points, not UTF-16 units.
        if (rating.comment.toUcs4().size() > WireLimits::maxCommentLength)
            return fault("comment-too-long", QStringLiteral("\"comment\" is over %1 characters")
                                                 .arg(WireLimits::maxCommentLength));
        if (hasControlCharacters(rating.comment, true))
            return fault("invalid-text", QStringLiteral("\"comment\" holds control characters"));
    }

    const QJsonValue field = json.value(QLatin1String("field"));
    if (!isAbsent(field)) {
        if (!field.isString())
            return fault("wrong-type", QStringLiteral("\"field\" must be a string"));
        rating.field = field.toString();
        if (!rating.field.isEmpty() && !definition->hasField(rating.field))
            return fault("unknown-field",
                         QStringLiteral("survey %1 has no service field \"%2\"")
                             .arg(definition->id, rating.field.left(WireLimits::maxCodeLength)));
    }

    const std::pair<const char *, QString *> texts[] = {
        {"procedure", &rating.procedure}, {"dossier", &rating.dossier},
        {"counter", &rating.counter},     {"staff", &rating.staff},
        {"lang", &rating.lang},
    };
    for (const auto &[key, target] : texts) {
        const QJsonValue text = json.value(QLatin1String(key));
        if (isAbsent(text))
            continue;
        if (!text.isString())
            return fault("wrong-type",
                         QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        *target = text.toString();
        if (target->size() > WireLimits::maxCodeLength)
            return fault("text-too-long", QStringLiteral("\"%1\" is over %2 characters")
                                              .arg(QLatin1String(key))
                                              .arg(WireLimits::maxCodeLength));
        if (hasControlCharacters(*target, false))
            return fault("invalid-text",
                         QStringLiteral("\"%1\" holds control characters").arg(QLatin1String(key)));
    }
    if (!rating.lang.isEmpty() && !isLanguageTag(rating.lang))
        return fault("invalid-lang",
                     QStringLiteral("\"lang\" must be a language tag such as vi or en"));

    const QJsonValue ended = json.value(QLatin1String("ended"));
    if (!isAbsent(ended)) {
        if (!ended.isString())
            return fault("wrong-type", QStringLiteral("\"ended\" must be a string"));
        rating.ended = sessionEndFromCode(ended.toString());
        if (rating.ended == SessionEnd::Unspecified)
            return fault("invalid-ended",
                         QStringLiteral("\"ended\" must be \"done\", \"timeout\" or \"skipped\""));
    }

    const QJsonValue suspect = json.value(QLatin1String("suspect"));
    if (!isAbsent(suspect)) {
        if (!suspect.isBool())
            return fault("wrong-type", QStringLiteral("\"suspect\" must be a boolean"));
        rating.suspect = suspect.toBool();
    }

    return rating;
}

} // namespace hailong
