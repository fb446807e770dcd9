#include "rating/RatingValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace hailong;

namespace {

QJsonObject minimalRating()
{
    return {{"id", "5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c"},
            {"created_at", "2026-03-14T23:59:59+07:00"},
            {"seq", 42},
            {"survey", "default"},
            {"overall", 5}};
}

QJsonObject fullRating()
{
    QJsonObject json = minimalRating();
    json.insert("overall", 2);
    json.insert("criteria", QJsonObject{{"thoi-gian", 2}, {"thai-do", 0}, {"chi-phi", 5}});
    json.insert("reasons", QJsonArray{"cho-lau", "giay-to-nhieu"});
    json.insert("comment", "Chờ gần 2 tiếng ở quầy 3.\nMong cán bộ hướng dẫn kỹ hơn.");
    json.insert("field", "dat-dai");
    json.insert("procedure", "1.004227");
    json.insert("dossier", "000.00.12.H56-260314-0001");
    json.insert("counter", "3");
    json.insert("staff", "nv-017");
    json.insert("lang", "vi");
    json.insert("ended", "done");
    json.insert("suspect", true);
    return json;
}

// The regular-expression checks the validator used before it checked by hand: the reference
// that the hand-written checks must agree with on every input.
namespace reference {

std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                       "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const int msec = match.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (match.hasCaptured(8))
        return QDateTime(date, time, Qt::UTC);
    const int offsetHours = match.captured(10).toInt();
    const int offsetMinutes = match.captured(11).toInt();
    if (offsetHours > 23 || offsetMinutes > 59)
        return std::nullopt;
    const int sign = match.captured(9) == QLatin1String("-") ? -1 : 1;
    const QDateTime result(date, time, QTimeZone(sign * (offsetHours * 3600 + offsetMinutes * 60)));
    if (!result.isValid())
        return std::nullopt;
    return result;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$"));
    return pattern.match(text).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    }
    return false;
}

// The error code validate() gave for a rating whose only doubtful member is `key`, or an
// empty string when it accepted the rating.
QString expectedCode(const QString &key, const QString &text)
{
    if (key == QLatin1String("created_at"))
        return parseRfc3339(text) ? QString() : QStringLiteral("invalid-created-at");
    if (key == QLatin1String("id"))
        return isUuid(text) ? QString() : QStringLiteral("invalid-id");
    if (text.size() > WireLimits::maxCodeLength)
        return QStringLiteral("text-too-long");
    if (hasControlCharacters(text))
        return QStringLiteral("invalid-text");
    if (!text.isEmpty() && !isLanguageTag(text))
        return QStringLiteral("invalid-lang");
    return QString();
}

} // namespace reference

// Non-printable and non-ASCII characters as \uXXXX, so a failure shows the exact input.
QString visible(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            shown += c;
        else
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return shown;
}

// Empty when validate() treats `text` as member `key` exactly as the reference does, else
// what differs.
QString differenceFromReference(const RatingValidator &validator, const QString &key,
                                const QString &text)
{
    QJsonObject json = minimalRating();
    json.insert(key, text);
    const Result<Rating> result = validator.validate(json);
    const QString code = result.ok() ? QString() : result.error().code;
    const QString expected = reference::expectedCode(key, text);
    if (code != expected)
        return QStringLiteral("%1 \"%2\": got \"%3\", reference \"%4\"")
            .arg(key, visible(text), code, expected);
    if (!result.ok())
        return QString();
    const Rating &rating = result.value();
    if (key == QLatin1String("id") && rating.id != QUuid::fromString(text))
        return QStringLiteral("id \"%1\": another UUID").arg(visible(text));
    if (key == QLatin1String("lang") && rating.lang != text)
        return QStringLiteral("lang \"%1\": another tag").arg(visible(text));
    if (key == QLatin1String("created_at")) {
        const QDateTime want = *reference::parseRfc3339(text);
        const QDateTime &got = rating.createdAt;
        if (got != want || got.offsetFromUtc() != want.offsetFromUtc() ||
            got.timeSpec() != want.timeSpec() || got.timeZone() != want.timeZone() ||
            got.time().msec() != want.time().msec() ||
            got.toString(Qt::ISODateWithMs) != want.toString(Qt::ISODateWithMs))
            return QStringLiteral("created_at \"%1\": %2 (spec %3), reference %4 (spec %5)")
                .arg(visible(text), got.toString(Qt::ISODateWithMs))
                .arg(got.timeSpec())
                .arg(want.toString(Qt::ISODateWithMs))
                .arg(want.timeSpec());
    }
    return QString();
}

// Characters a mutation puts in: the syntax's own, near misses, and non-ASCII look-alikes
// (Arabic-Indic and full-width digits, accented and Kelvin-sign letters).
const char16_t mutationAlphabet[] =
    u"0123456789aAfFgGzZtTxX-+:._ \n\r\t\u0000"
    u"\u0660\u0669\u06F5\u0966\uFF10\uFF19\u00E9\u1EC7\u212A\u017F\u2212";

QChar randomCharacter(QRandomGenerator &random)
{
    constexpr int alphabetSize = int(std::size(mutationAlphabet)) - 1;
    if (random.bounded(8) == 0)
        return QChar(char16_t(random.bounded(0x20, 0xD800)));
    return QChar(mutationAlphabet[random.bounded(alphabetSize)]);
}

// One to three random edits of `text`: replace, insert, delete, swap, truncate or repeat.
QString mutated(QString text, QRandomGenerator &random)
{
    const int edits = random.bounded(1, 4);
    for (int edit = 0; edit < edits; ++edit) {
        const int at = text.isEmpty() ? 0 : random.bounded(int(text.size()));
        switch (random.bounded(7)) {
        case 0:
        case 1:
            if (!text.isEmpty())
                text[at] = randomCharacter(random);
            break;
        case 2:
            if (!text.isEmpty() && text[at].isDigit())
                text[at] = QChar(u'0' + random.bounded(10));
            break;
        case 3:
            text.insert(at, randomCharacter(random));
            break;
        case 4:
            text.remove(at, 1);
            break;
        case 5:
            if (at + 1 < text.size())
                std::swap(text[at], text[at + 1]);
            else
                text.truncate(at);
            break;
        default:
            text.insert(at, text.mid(at, random.bounded(1, 4)));
            break;
        }
    }
    return text;
}

QString twoDigits(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

// A timestamp whose every field is drawn around its limits: dates and times just inside and
// just outside what exists, 0 to 10 fractional digits, offsets up to 24:60.
QString randomTimestamp(QRandomGenerator &random)
{
    QString text =
        QStringLiteral("%1-%2-%3%4%5:%6:%7")
            .arg(random.bounded(3) == 0 ? random.bounded(10000) : 2024 + random.bounded(6), 4, 10,
                 QLatin1Char('0'))
            .arg(twoDigits(random.bounded(14)), twoDigits(random.bounded(33)),
                 random.bounded(2) ? QStringLiteral("T") : QStringLiteral("t"),
                 twoDigits(random.bounded(26)), twoDigits(random.bounded(62)),
                 twoDigits(random.bounded(62)));
    const int fractionDigits = random.bounded(-3, 11);
    if (fractionDigits >= 0)
        text += QLatin1Char('.');
    for (int i = 0; i < fractionDigits; ++i)
        text += QChar(u'0' + random.bounded(10));
    switch (random.bounded(4)) {
    case 0:
        text += random.bounded(2) ? QLatin1Char('Z') : QLatin1Char('z');
        break;
    default:
        text += (random.bounded(2) ? QLatin1Char('+') : QLatin1Char('-')) +
                twoDigits(random.bounded(25)) + QLatin1Char(':') + twoDigits(random.bounded(61));
        break;
    }
    return text;
}

QString randomUuid(QRandomGenerator &random)
{
    QString text = QUuid::createUuidV5(QUuid(), QString::number(random.generate64()))
                       .toString(QUuid::WithoutBraces);
    for (QChar &c : text) {
        if (random.bounded(2))
            c = c.toUpper();
    }
    return text;
}

QString randomLanguageTag(QRandomGenerator &random)
{
    static const QString letters =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static const QString alphanumerics = letters + QStringLiteral("0123456789");
    QString text;
    const int subtags = random.bounded(1, 5);
    for (int subtag = 0; subtag < subtags; ++subtag) {
        if (subtag > 0)
            text += QLatin1Char('-');
        const QString &characters = subtag == 0 ? letters : alphanumerics;
        const int length = random.bounded(1, 10);
        for (int i = 0; i < length; ++i)
            text += characters[random.bounded(int(characters.size()))];
    }
    return text;
}

quint32 fuzzSeed()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("HAILONG_TEST_SEED").toUInt(&given);
    return given ? seed : 20260314u;
}
} // namespace

class TestRatingValidator : public QObject
{
    Q_OBJECT

private:
    SurveyCatalog m_catalog;

    Result<Rating> validate(const QJsonValue &value) const
    {
        return RatingValidator(m_catalog).validate(value);
    }

private slots:
    void acceptsMinimalRating()
    {
        const auto result = validate(minimalRating());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().code));
        const Rating &rating = result.value();
        QCOMPARE(rating.id, QUuid("5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c"));
        QCOMPARE(rating.createdAt, QDateTime::fromString("2026-03-14T16:59:59Z", Qt::ISODate));
        QCOMPARE(rating.createdAt.offsetFromUtc(), 7 * 3600);
        QCOMPARE(rating.seq, 42);
        QCOMPARE(rating.survey, QStringLiteral("default"));
        QCOMPARE(rating.overall, 5);
        QVERIFY(rating.criteria.isEmpty());
        QVERIFY(rating.comment.isEmpty());
        QVERIFY(!rating.isTiedToProcedure());
        QCOMPARE(rating.ended, SessionEnd::Unspecified);
        QVERIFY(!rating.suspect);
    }

    void acceptsFullRating()
    {
        const auto result = validate(fullRating());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().code));
        const Rating &rating = result.value();
        QCOMPARE(rating.overall, 2);
        QCOMPARE(rating.criteria.value("thoi-gian"), 2);
        QCOMPARE(rating.criteria.value("thai-do"), 0);
        QCOMPARE(rating.criteria.size(), 3);
        QCOMPARE(rating.reasons, (QStringList{"cho-lau", "giay-to-nhieu"}));
        QVERIFY(rating.comment.contains(QStringLiteral("hướng dẫn kỹ hơn")));
        QCOMPARE(rating.field, QStringLiteral("dat-dai"));
        QCOMPARE(rating.dossier, QStringLiteral("000.00.12.H56-260314-0001"));
        QCOMPARE(rating.counter, QStringLiteral("3"));
        QCOMPARE(rating.ended, SessionEnd::Done);
        QVERIFY(rating.suspect);
        QVERIFY(rating.isTiedToProcedure());
    }

    void acceptsValidVariants_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("UTC Z") << "created_at" << QJsonValue("2026-03-14T16:59:59Z");
        QTest::newRow("lower-case z and t") << "created_at" << QJsonValue("2026-03-14t16:59:59z");
        QTest::newRow("fractional seconds")
            << "created_at" << QJsonValue("2026-03-14T23:59:59.123+07:00");
        QTest::newRow("microseconds")
            << "created_at" << QJsonValue("2026-03-14T23:59:59.123456-05:30");
        QTest::newRow("seq 0") << "seq" << QJsonValue(0);
        QTest::newRow("seq 2^53") << "seq" << QJsonValue(qint64(1) << 53);
        QTest::newRow("level 2.0 is the integer 2") << "overall" << QJsonValue(2.0);
        QTest::newRow("level 1") << "overall" << QJsonValue(1);
        QTest::newRow("null comment is no comment") << "comment" << QJsonValue(QJsonValue::Null);
        QTest::newRow("500-character comment")
            << "comment" << QJsonValue(QString(500, QChar(0x1EC7)));
        QTest::newRow("tab in comment") << "comment" << QJsonValue("a\tb");
        QTest::newRow("lang en") << "lang" << QJsonValue("en");
        QTest::newRow("lang tag with region") << "lang" << QJsonValue("vi-VN");
        QTest::newRow("ended timeout") << "ended" << QJsonValue("timeout");
        QTest::newRow("ended skipped") << "ended" << QJsonValue("skipped");
        QTest::newRow("upper-case UUID")
            << "id" << QJsonValue("5B0C3F7E-6A1D-4C8E-9F2A-1D3E5F7A9B0C");
        QTest::newRow("unknown member ignored") << "future_member" << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("no reasons") << "reasons" << QJsonValue(QJsonArray{});
    }

    void acceptsValidVariants()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = minimalRating();
        json.insert(key, value);
        const auto result = validate(json);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().code));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the member
        QTest::addColumn<QString>("code");

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("missing-id") << "id" << remove << "missing-id";
        QTest::newRow("missing-created-at") << "created_at" << remove << "missing-created-at";
        QTest::newRow("missing-seq") << "seq" << remove << "missing-seq";
        QTest::newRow("missing-survey") << "survey" << remove << "missing-survey";
        QTest::newRow("missing-overall") << "overall" << remove << "missing-overall";
        QTest::newRow("missing-overall (null)")
            << "overall" << QJsonValue(QJsonValue::Null) << "missing-overall";

        QTest::newRow("invalid-id") << "id" << QJsonValue("not-a-uuid") << "invalid-id";
        QTest::newRow("invalid-id (number)") << "id" << QJsonValue(12345) << "invalid-id";
        QTest::newRow("invalid-id (braces)")
            << "id" << QJsonValue("{5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c}") << "invalid-id";

        QTest::newRow("invalid-created-at (no offset)")
            << "created_at" << QJsonValue("2026-03-14T23:59:59") << "invalid-created-at";
        QTest::newRow("invalid-created-at (date only)")
            << "created_at" << QJsonValue("2026-03-14") << "invalid-created-at";
        QTest::newRow("invalid-created-at (30 Feb)")
            << "created_at" << QJsonValue("2026-02-30T10:00:00+07:00") << "invalid-created-at";
        QTest::newRow("invalid-created-at (hour 24)")
            << "created_at" << QJsonValue("2026-03-14T24:00:00+07:00") << "invalid-created-at";
        QTest::newRow("invalid-created-at (offset +7)")
            << "created_at" << QJsonValue("2026-03-14T23:59:59+7") << "invalid-created-at";
        QTest::newRow("invalid-created-at (number)")
            << "created_at" << QJsonValue(1773507599) << "invalid-created-at";
        QTest::newRow("invalid-created-at (words)")
            << "created_at" << QJsonValue("hôm nay") << "invalid-created-at";

        QTest::newRow("invalid-seq (negative)") << "seq" << QJsonValue(-1) << "invalid-seq";
        QTest::newRow("invalid-seq (fraction)") << "seq" << QJsonValue(1.5) << "invalid-seq";
        QTest::newRow("invalid-seq (string)") << "seq" << QJsonValue("42") << "invalid-seq";
        QTest::newRow("invalid-seq (over 2^53)")
            << "seq" << QJsonValue((qint64(1) << 53) + 1) << "invalid-seq";
        QTest::newRow("invalid-seq (1e300)") << "seq" << QJsonValue(1e300) << "invalid-seq";

        QTest::newRow("unknown-survey")
            << "survey" << QJsonValue("khao-sat-cu") << "unknown-survey";
        QTest::newRow("unknown-survey (number)") << "survey" << QJsonValue(1) << "unknown-survey";

        QTest::newRow("invalid-level (6)") << "overall" << QJsonValue(6) << "invalid-level";
        QTest::newRow("invalid-level (0)") << "overall" << QJsonValue(0) << "invalid-level";
        QTest::newRow("invalid-level (2.5)") << "overall" << QJsonValue(2.5) << "invalid-level";
        QTest::newRow("invalid-level (string)") << "overall" << QJsonValue("5") << "invalid-level";
        QTest::newRow("invalid-level (boolean)")
            << "overall" << QJsonValue(true) << "invalid-level";

        QTest::newRow("wrong-type (criteria array)")
            << "criteria" << QJsonValue(QJsonArray{5}) << "wrong-type";
        QTest::newRow("wrong-type (reasons string)")
            << "reasons" << QJsonValue("cho-lau") << "wrong-type";
        QTest::newRow("wrong-type (reason number)")
            << "reasons" << QJsonValue(QJsonArray{1}) << "wrong-type";
        QTest::newRow("wrong-type (comment number)") << "comment" << QJsonValue(5) << "wrong-type";
        QTest::newRow("wrong-type (field number)") << "field" << QJsonValue(3) << "wrong-type";
        QTest::newRow("wrong-type (counter number)") << "counter" << QJsonValue(3) << "wrong-type";
        QTest::newRow("wrong-type (ended boolean)") << "ended" << QJsonValue(true) << "wrong-type";
        QTest::newRow("wrong-type (suspect string)")
            << "suspect" << QJsonValue("yes") << "wrong-type";

        QTest::newRow("unknown-criterion")
            << "criteria" << QJsonValue(QJsonObject{{"gia-ve", 5}}) << "unknown-criterion";
        QTest::newRow("invalid-criterion-level (6)")
            << "criteria" << QJsonValue(QJsonObject{{"thai-do", 6}}) << "invalid-criterion-level";
        QTest::newRow("invalid-criterion-level (-1)")
            << "criteria" << QJsonValue(QJsonObject{{"thai-do", -1}}) << "invalid-criterion-level";
        QTest::newRow("invalid-criterion-level (string)")
            << "criteria" << QJsonValue(QJsonObject{{"thai-do", "4"}}) << "invalid-criterion-level";

        QTest::newRow("unknown-reason")
            << "reasons" << QJsonValue(QJsonArray{"cho-lau", "troi-mua"}) << "unknown-reason";
        QTest::newRow("duplicate-reason")
            << "reasons" << QJsonValue(QJsonArray{"cho-lau", "cho-lau"}) << "duplicate-reason";

        QTest::newRow("unknown-field") << "field" << QJsonValue("hai-quan") << "unknown-field";

        QTest::newRow("comment-too-long")
            << "comment" << QJsonValue(QString(501, QLatin1Char('a'))) << "comment-too-long";
        QTest::newRow("text-too-long (procedure)")
            << "procedure" << QJsonValue(QString(101, QLatin1Char('1'))) << "text-too-long";
        QTest::newRow("text-too-long (dossier)")
            << "dossier" << QJsonValue(QString(101, QLatin1Char('1'))) << "text-too-long";
        QTest::newRow("text-too-long (staff)")
            << "staff" << QJsonValue(QString(101, QLatin1Char('x'))) << "text-too-long";

        QTest::newRow("invalid-lang") << "lang" << QJsonValue("tiếng Việt") << "invalid-lang";
        QTest::newRow("invalid-lang (underscore)")
            << "lang" << QJsonValue("vi_VN") << "invalid-lang";

        QTest::newRow("invalid-ended") << "ended" << QJsonValue("finished") << "invalid-ended";

        QTest::newRow("invalid-text (NUL in comment)")
            << "comment" << QJsonValue(QStringLiteral("xin chào") + QChar(0) + "x")
            << "invalid-text";
        QTest::newRow("invalid-text (escape in comment)")
            << "comment" << QJsonValue("\x1b[31mđỏ") << "invalid-text";
        QTest::newRow("invalid-text (newline in counter)")
            << "counter" << QJsonValue("3\n4") << "invalid-text";
    }

    void rejects()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = minimalRating();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto result = validate(json);
        QVERIFY2(!result.ok(), "accepted a faulty rating");
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void notAnObject_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("array") << QJsonValue(QJsonArray{minimalRating()});
        QTest::newRow("string") << QJsonValue("rating");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(5);
    }

    void notAnObject()
    {
        QFETCH(QJsonValue, value);
        const auto result = validate(value);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not-an-object"));
    }

    void commentLengthCountsCharactersNotBytes()
    {
        // 500 Vietnamese letters are 1500 bytes of UTF-8 and still within the limit; 250
        // emoji are 500 UTF-16 units but only 250 characters.
        QJsonObject json = minimalRating();
        QString emoji;
        for (int i = 0; i < 250; ++i)
            emoji += QString::fromUcs4(U"😀", 1);
        json.insert("comment", emoji);
        QVERIFY(validate(json).ok());
    }

    void agreesWithReference_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        const auto add = [](const char *key, const QString &text) {
            QTest::addRow("%s \"%s\"", key, qPrintable(visible(text)))
                << QString::fromLatin1(key) << text;
        };
        const QString stamp = QStringLiteral("2026-03-14T16:59:59");
        for (const QString &zone :
             QStringList{"Z",      "z",       "+07:00",    "-05:30",      "+00:00",
                         "-00:00", "+23:59",  "-23:59",    "+24:00",      "+23:60",
                         "+14:00", "-14:00",  "+14:01",    "-14:01",      "+7:00",
                         "+07",    "+0700",   "+07:00:00", "+07:0",       "",
                         "ZZ",     "Z+07:00", "+07:00Z",   "\u221207:00", "+\u0660\u0667:00"})
            add("created_at", stamp + zone);
        for (const QString &fraction :
             QStringList{".1", ".12", ".123", ".1239", ".123456", ".999999999", ".000000001",
                         ".1234567890", ".", "..1", ".1.2", ".\u0661\u0662\u0663", ",123"})
            add("created_at", stamp + fraction + "+07:00");
        for (const QString &date : QStringList{
                 "2028-02-29", "2026-02-29", "2026-02-30", "2026-04-31", "2026-12-31", "2026-13-01",
                 "2026-00-10", "2026-01-00", "2026-01-32", "2000-02-29", "2100-02-29", "0000-01-01",
                 "0001-01-01", "9999-12-31", "12026-03-14", "226-03-14", "2026-3-14", "2026/03/14"})
            add("created_at", date + "T10:00:00+07:00");
        for (const QString &time :
             QStringList{"00:00:00", "23:59:59", "24:00:00", "23:60:00", "23:59:60", "7:00:00",
                         "07:00", "07:00:00:00", "07-00-00"})
            add("created_at", "2026-03-14T" + time + "Z");
        for (const QString &text : QStringList{
                 stamp + "Z\n", stamp + "Z\n\n", stamp + "Z\r\n", stamp + "Z\r", "\n" + stamp + "Z",
                 " " + stamp + "Z", stamp + "Z ", stamp + ".5\n", "2026-03-14 16:59:59Z",
                 "2026-03-14X16:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                 QString(), "Z", "2026-03-14", "\u0662\u0660\u0662\u0666-03-14T16:59:59Z",
                 "\uFF12\uFF10\uFF12\uFF16-03-14T16:59:59Z", "2026-03-14T16:59:\u0665\u0669Z",
                 stamp + ".123+07:00" + QChar(0)})
            add("created_at", text);

        const QString uuid = QStringLiteral("5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c");
        for (const QString &text :
             QStringList{uuid,
                         uuid.toUpper(),
                         QStringLiteral("5B0c3F7e-6A1d-4C8e-9F2a-1D3e5F7a9B0c"),
                         QStringLiteral("00000000-0000-0000-0000-000000000000"),
                         uuid.chopped(1),
                         uuid + "0",
                         "5b0c3f7e06a1d-4c8e-9f2a-1d3e5f7a9b0c",
                         QString(uuid).remove('-'),
                         "5b0c3f7e-6a1d4c8e-9f2a-1d3e5f7a9b0c0",
                         "5b0c3f7-e6a1d-4c8e-9f2a-1d3e5f7a9b0c",
                         "{" + uuid + "}",
                         "urn:uuid:" + uuid,
                         QString(uuid).replace(0, 1, "g"),
                         " " + uuid,
                         uuid + " ",
                         uuid + "\n",
                         uuid + "\n\n",
                         uuid + "\r\n",
                         "\n" + uuid,
                         QString(uuid).replace(0, 1, QChar(0xFF41)),
                         QString(uuid).replace(1, 1, QChar(0x0660)),
                         QString(),
                         QStringLiteral("-"),
                         QString(36, QLatin1Char('-'))})
            add("id", text);

        for (const QString &text :
             QStringList{"vi",
                         "en",
                         "en-US",
                         "vi-VN",
                         "zh-Hant-TW",
                         "x",
                         "abcdefgh",
                         "abcdefghi",
                         "en-abcdefgh",
                         "en-abcdefghi",
                         "en-12345678",
                         "en-1",
                         "sr-Latn-RS-1996",
                         "1en",
                         "-vi",
                         "vi-",
                         "vi--x",
                         "-",
                         "",
                         "vi_VN",
                         "vi VN",
                         " vi",
                         "vi ",
                         "vi\n",
                         "vi\t",
                         "ti\u1EBFng",
                         "v\u00EC",
                         "\u212A",
                         "\u017Fv",
                         "en-\u0661",
                         "en-\uFF21",
                         QString(99, QLatin1Char('a')),
                         QString(8, QLatin1Char('a')) + "-" + QString(91, 'b'),
                         QString(101, QLatin1Char('a'))})
            add("lang", text);
    }

    void agreesWithReference()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        const RatingValidator validator(m_catalog);
        const QString difference = differenceFromReference(validator, key, text);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void randomMutationsAgreeWithReference()
    {
        const quint32 seed = fuzzSeed();
        QRandomGenerator random(seed);
        const RatingValidator validator(m_catalog);
        struct Field
        {
            const char *key;
            QString (*generate)(QRandomGenerator &);
        };
        const Field fields[] = {
            {"created_at", randomTimestamp}, {"id", randomUuid}, {"lang", randomLanguageTag}};
        int accepted = 0;
        int refused = 0;
        for (const Field &field : fields) {
            for (int round = 0; round < 20000; ++round) {
                const QString valid = field.generate(random);
                const QString text = round % 4 == 0 ? valid : mutated(valid, random);
                const QString difference =
                    differenceFromReference(validator, QString::fromLatin1(field.key), text);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(QStringLiteral("seed %1 (set HAILONG_TEST_SEED to repeat): %2")
                                        .arg(seed)
                                        .arg(difference)));
                ++(reference::expectedCode(QString::fromLatin1(field.key), text).isEmpty()
                       ? accepted
                       : refused);
            }
        }
        // Both outcomes must be common, or the comparison proves little.
        QVERIFY2(accepted > 10000 && refused > 10000,
                 qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(accepted).arg(refused)));
    }

    void createdAtKeepsMillisecondsAndOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utcMSecs");
        QTest::addColumn<int>("offset");
        const qint64 base =
            QDateTime(QDate(2026, 3, 14), QTime(16, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("one digit") << "2026-03-14T16:59:59.5Z" << base + 500 << 0;
        QTest::newRow("nine digits cut, not rounded")
            << "2026-03-14T23:59:59.123999999+07:00" << base + 123 << 7 * 3600;
        QTest::newRow("negative offset")
            << "2026-03-14T11:29:59.001-05:30" << base + 1 << -(5 * 3600 + 30 * 60);
        QTest::newRow("+14:00, the largest offset")
            << "2026-03-15T06:59:59+14:00" << base << 14 * 3600;
    }

    void createdAtKeepsMillisecondsAndOffset()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utcMSecs);
        QFETCH(int, offset);
        QJsonObject json = minimalRating();
        json.insert("created_at", text);
        const auto result = validate(json);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().code));
        QCOMPARE(result.value().createdAt.toMSecsSinceEpoch(), utcMSecs);
        QCOMPARE(result.value().createdAt.offsetFromUtc(), offset);
    }

    void refusesDigitsOtherThanAscii_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("Arabic-Indic year")
            << "created_at" << QStringLiteral("\u0662\u0660\u0662\u0666-03-14T16:59:59Z")
            << "invalid-created-at";
        QTest::newRow("full-width seconds")
            << "created_at" << QStringLiteral("2026-03-14T16:59:\uFF15\uFF19Z")
            << "invalid-created-at";
        QTest::newRow("Devanagari fraction")
            << "created_at" << QStringLiteral("2026-03-14T16:59:59.\u0967Z")
            << "invalid-created-at";
        QTest::newRow("Arabic-Indic offset")
            << "created_at" << QStringLiteral("2026-03-14T16:59:59+\u0660\u0667:00")
            << "invalid-created-at";
        QTest::newRow("Arabic-Indic UUID digit")
            << "id" << QStringLiteral("\u0665b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c") << "invalid-id";
        QTest::newRow("Arabic-Indic subtag")
            << "lang" << QStringLiteral("vi-\u0661") << "invalid-lang";
    }

    void refusesDigitsOtherThanAscii()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QJsonObject json = minimalRating();
        json.insert(key, text);
        const auto result = validate(json);
        QVERIFY2(!result.ok(), "accepted digits other than ASCII");
        QCOMPARE(result.error().code, code);
    }

    void surveyOfThreeLevels()
    {
        SurveyDefinition oneStop = SurveyDefinition::builtInDefault();
        oneStop.id = "mot-cua";
        oneStop.levels = {{1, {"Không hài lòng", "Dissatisfied"}},
                          {2, {"Hài lòng", "Satisfied"}},
                          {3, {"Rất hài lòng", "Very satisfied"}}};
        oneStop.satisfiedLevels = {2, 3};
        SurveyCatalog catalog;
        catalog.add(oneStop);
        const RatingValidator validator(catalog);

        QJsonObject json = minimalRating();
        json.insert("survey", "mot-cua");
        json.insert("overall", 3);
        QVERIFY(validator.validate(json).ok());
        json.insert("overall", 4);
        QCOMPARE(validator.validate(json).error().code, QStringLiteral("invalid-level"));
    }

    // A health station's rating answers the health survey: its criteria and reasons, not the
    // town hall's, and no TTHC field.
    void ratingCheckedAgainstItsOwnSurvey()
    {
        QJsonObject json = minimalRating();
        json.insert("survey", "y-te");
        json.insert("criteria", QJsonObject{{"tiep-can", 4}, {"ket-qua", 0}});
        json.insert("reasons", QJsonArray{"nhan-vien-tan-tinh"});
        QVERIFY(validate(json).ok());
        json.insert("reasons", QJsonArray{"giay-to-nhieu"});
        QCOMPARE(validate(json).error().code, QStringLiteral("unknown-reason"));
        json.remove("reasons");
        json.insert("criteria", QJsonObject{{"thoi-gian", 4}});
        QCOMPARE(validate(json).error().code, QStringLiteral("unknown-criterion"));
        json.remove("criteria");
        json.insert("field", "dat-dai");
        QCOMPARE(validate(json).error().code, QStringLiteral("unknown-field"));
    }
};

QTEST_APPLESS_MAIN(TestRatingValidator)
#include "tst_ratingvalidator.moc"
