#include "rating/RatingValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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
};

QTEST_APPLESS_MAIN(TestRatingValidator)
#include "tst_ratingvalidator.moc"
