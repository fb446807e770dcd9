#include "rating/RatingBatch.h"
#include "rating/RatingValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hailong;

namespace {

QByteArray batchOf(int count)
{
    QJsonArray ratings;
    for (int i = 0; i < count; ++i)
        ratings.append(QJsonObject{{"seq", i}});
    return QJsonDocument(QJsonObject{{"ratings", ratings}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRatingBatch : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEnvelope()
    {
        const auto one = RatingBatch::parse(batchOf(1));
        QVERIFY(one.ok());
        QCOMPARE(one.value().size(), 1);
        const auto full = RatingBatch::parse(batchOf(WireLimits::maxBatchSize));
        QVERIFY(full.ok());
        QCOMPARE(full.value().size(), 500);
    }

    void entriesAreNotValidatedHere()
    {
        // A bad entry is the validator's business: the envelope still parses.
        const auto result = RatingBatch::parse(R"({"ratings":[42, {"overall": 9}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2);
    }

    void acceptsVietnameseText()
    {
        const auto result =
            RatingBatch::parse(u8R"({"ratings":[{"comment":"Cán bộ rất nhiệt tình, cảm ơn!"}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().first().toObject().value("comment").toString(),
                 QStringLiteral("Cán bộ rất nhiệt tình, cảm ơn!"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");

        QTest::newRow("too-large")
            << QByteArray(R"({"ratings":[{"comment":")") +
                   QByteArray(WireLimits::maxBodyBytes, 'a') + QByteArray(R"("}]})")
            << "too-large";
        QTest::newRow("malformed-json (truncated)")
            << QByteArray(R"({"ratings":[{"id":)") << "malformed-json";
        QTest::newRow("malformed-json (empty)") << QByteArray() << "malformed-json";
        QTest::newRow("malformed-json (not JSON)") << QByteArray("ratings=1") << "malformed-json";
        QTest::newRow("malformed-json (invalid UTF-8)")
            << QByteArray("{\"ratings\":[{\"comment\":\"\xff\xfe\"}]}") << "malformed-json";
        QTest::newRow("malformed-json (overlong UTF-8)")
            << QByteArray("{\"ratings\":[{\"comment\":\"\xc0\xaf\"}]}") << "malformed-json";
        QTest::newRow("malformed-json (UTF-8 surrogate)")
            << QByteArray("{\"ratings\":[{\"comment\":\"\xed\xa0\x80\"}]}") << "malformed-json";
        QTest::newRow("malformed-json (cut multibyte)")
            << QByteArray("{\"ratings\":[{\"comment\":\"\xe1\xba\"}]}") << "malformed-json";
        QTest::newRow("not-an-object (array)") << QByteArray("[{}]") << "not-an-object";
        QTest::newRow("missing-ratings") << QByteArray(R"({"rating":[{}]})") << "missing-ratings";
        QTest::newRow("wrong-type") << QByteArray(R"({"ratings":{"id":1}})") << "wrong-type";
        QTest::newRow("wrong-type (null)") << QByteArray(R"({"ratings":null})") << "wrong-type";
        QTest::newRow("empty-batch") << QByteArray(R"({"ratings":[]})") << "empty-batch";
        QTest::newRow("batch-too-large")
            << batchOf(WireLimits::maxBatchSize + 1) << "batch-too-large";
    }

    void rejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto result = RatingBatch::parse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRatingBatch)
#include "tst_ratingbatch.moc"
