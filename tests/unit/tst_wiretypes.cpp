// The types both ends of the wire share: what the server writes, the kiosk reads back as the
// same values, and the bytes stay those the wire contract gives.
#include "wire/CounterPrompt.h"
#include "wire/RatingBatchAnswer.h"

#include <QJsonDocument>
#include <QTest>

using namespace hailong;

class TestWireTypes : public QObject
{
    Q_OBJECT

private slots:
    void batchAnswerIsWrittenAsTheContractGivesIt()
    {
        RatingBatchAnswer answer;
        answer.results = {
            {QStringLiteral("a"), RatingStatus::Accepted, {}, {}},
            {QStringLiteral("b"), RatingStatus::Duplicate, {}, {}},
            {QJsonValue::Null, RatingStatus::Rejected, QStringLiteral("missing-field"),
             QStringLiteral("id is required")},
        };
        QCOMPARE(answer.toJson(),
                 QByteArray(R"({"results":[{"id":"a","status":"accepted"},)"
                            R"({"id":"b","status":"duplicate"},)"
                            R"({"error":"missing-field","id":null,)"
                            R"("message":"id is required","status":"rejected"}]})"));
        // Byte for byte what QJsonDocument writes for the same values.
        QCOMPARE(answer.toJson(),
                 QJsonDocument::fromJson(answer.toJson()).toJson(QJsonDocument::Compact));
    }

    void batchAnswerReadsBackWhatWasWritten()
    {
        RatingBatchAnswer answer;
        answer.results = {
            {QStringLiteral("7f1c0b7e-8d7a-4f57-9a53-1d5c2b8b6a01"), RatingStatus::Rejected,
             QStringLiteral("conflict"), QStringLiteral("Mã đánh giá đã dùng")},
            {QStringLiteral("9a1c0b7e-8d7a-4f57-9a53-1d5c2b8b6a02"),
             RatingStatus::Duplicate,
             {},
             {}},
        };
        const Result<RatingBatchAnswer> read = RatingBatchAnswer::fromJson(answer.toJson());
        QVERIFY(read.ok());
        QCOMPARE(read.value().results.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(read.value().results[i].id, answer.results[i].id);
            QCOMPARE(read.value().results[i].status, answer.results[i].status);
            QCOMPARE(read.value().results[i].error, answer.results[i].error);
            QCOMPARE(read.value().results[i].message, answer.results[i].message);
        }
    }

    void statusCodesRoundTrip()
    {
        for (const RatingStatus status :
             {RatingStatus::Accepted, RatingStatus::Duplicate, RatingStatus::Rejected})
            QCOMPARE(ratingStatusFromCode(ratingStatusCode(status)), status);
        QVERIFY(!ratingStatusFromCode(u"queued").has_value());
        QVERIFY(!ratingStatusFromCode(u"Accepted").has_value());
    }

    void unknownStatusIsLeftOutAndCutAnswersRefused()
    {
        const Result<RatingBatchAnswer> mixed = RatingBatchAnswer::fromJson(
            R"({"results":[{"id":"a","status":"later"},{"id":"b","status":"accepted"},7]})");
        QVERIFY(mixed.ok());
        QCOMPARE(mixed.value().results.size(), 1);
        QCOMPARE(mixed.value().results[0].id.toString(), QStringLiteral("b"));

        for (const QByteArray &body :
             {QByteArray("{\"results\":[{\"id\":\"a\",\"sta"), QByteArray(R"({"results":{}})"),
              QByteArray("[]"), QByteArray()}) {
            const Result<RatingBatchAnswer> cut = RatingBatchAnswer::fromJson(body);
            QVERIFY2(!cut.ok(), body.constData());
            QCOMPARE(cut.error().code, QStringLiteral("unreadable-answer"));
        }
    }

    void counterPromptReadsBackWhatWasWritten()
    {
        const CounterPrompt sent{QStringLiteral("HS-2026-000123"), QStringLiteral("ho-tich"),
                                 QStringLiteral("cb-07"), QStringLiteral("Quầy 3"),
                                 QDateTime(QDate(2026, 3, 2), QTime(8, 15, 30, 250), Qt::UTC)};
        const QJsonObject json = sent.toJson();
        QCOMPARE(json.value(QStringLiteral("prompted_at")).toString(),
                 QStringLiteral("2026-03-02T08:15:30.250Z"));
        const std::optional<CounterPrompt> read = CounterPrompt::fromJson(json);
        QVERIFY(read.has_value());
        QCOMPARE(read->dossier, sent.dossier);
        QCOMPARE(read->field, sent.field);
        QCOMPARE(read->staff, sent.staff);
        QCOMPARE(read->counter, sent.counter);
        QCOMPARE(read->promptedAt, sent.promptedAt);
    }

    void emptyPromptIsNone()
    {
        QVERIFY(!CounterPrompt::fromJson({}).has_value());
        QVERIFY(!CounterPrompt::fromJson(
                     {{QStringLiteral("prompted_at"), QStringLiteral("2026-03-02T08:15:30.250Z")}})
                     .has_value());
        QVERIFY(CounterPrompt::fromJson({{QStringLiteral("field"), QStringLiteral("dat-dai")}})
                    .has_value());
    }
};

QTEST_GUILESS_MAIN(TestWireTypes)
#include "tst_wiretypes.moc"
