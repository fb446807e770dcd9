#include "rating/Rating.h"
#include "rating/RatingValidator.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace hailong;

namespace {

Rating sampleRating()
{
    Rating rating;
    rating.id = QUuid("5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c");
    rating.createdAt = QDateTime::fromString("2026-03-14T23:59:59+07:00", Qt::ISODate);
    rating.seq = 42;
    rating.survey = "default";
    rating.overall = 4;
    rating.criteria = {{"thai-do", 5}, {"thoi-gian", 0}};
    rating.reasons = {"than-thien", "dung-hen"};
    rating.comment = "Cán bộ hướng dẫn tận tình.";
    rating.field = "ho-tich";
    rating.procedure = "1.001193";
    rating.dossier = "000.00.12.H56-260314-0002";
    rating.counter = "2";
    rating.staff = "nv-004";
    rating.lang = "vi";
    rating.ended = SessionEnd::Done;
    return rating;
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(Rating &)>)

class TestRating : public QObject
{
    Q_OBJECT

private slots:
    void minimalJsonLeavesOptionalsOut()
    {
        Rating rating;
        rating.id = QUuid("5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c");
        rating.createdAt = QDateTime::fromString("2026-03-14T23:59:59+07:00", Qt::ISODate);
        rating.seq = 7;
        rating.survey = "default";
        rating.overall = 5;
        const QJsonObject json = rating.toJson();
        QCOMPARE(json, (QJsonObject{{"id", "5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c"},
                                    {"created_at", "2026-03-14T23:59:59+07:00"},
                                    {"seq", 7},
                                    {"survey", "default"},
                                    {"overall", 5}}));
    }

    void fullJsonRoundTripsThroughTheValidator()
    {
        Rating rating = sampleRating();
        rating.suspect = true;
        const QJsonObject json = rating.toJson();
        QCOMPARE(json.value("suspect").toBool(), true);
        QCOMPARE(json.value("ended").toString(), QStringLiteral("done"));
        QCOMPARE(json.value("criteria").toObject().value("thai-do").toInt(), 5);

        const SurveyCatalog catalog;
        const auto parsed = RatingValidator(catalog).validate(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().code));
        QCOMPARE(parsed.value().canonicalForm(), rating.canonicalForm());
        QVERIFY(!sampleRating().toJson().contains("suspect"));
    }

    void millisecondsSurviveTheWire()
    {
        Rating rating = sampleRating();
        rating.createdAt =
            QDateTime::fromString("2026-03-14T23:59:59.250+07:00", Qt::ISODateWithMs);
        QCOMPARE(rating.toJson().value("created_at").toString(),
                 QStringLiteral("2026-03-14T23:59:59.250+07:00"));
    }

    void canonicalFormIgnoresTheOffset()
    {
        Rating a = sampleRating();
        Rating b = sampleRating();
        b.createdAt = QDateTime::fromString("2026-03-14T16:59:59Z", Qt::ISODate);
        Rating c = sampleRating();
        c.createdAt = QDateTime::fromString("2026-03-15T00:59:59+08:00", Qt::ISODate);
        QCOMPARE(a.canonicalForm(), b.canonicalForm());
        QCOMPARE(a.canonicalForm(), c.canonicalForm());
    }

    void canonicalFormIsStable()
    {
        // Same content built in another order (criteria map, members) gives the same bytes.
        Rating a = sampleRating();
        Rating b;
        b.ended = SessionEnd::Done;
        b.lang = "vi";
        b.staff = "nv-004";
        b.counter = "2";
        b.dossier = "000.00.12.H56-260314-0002";
        b.procedure = "1.001193";
        b.field = "ho-tich";
        b.comment = "Cán bộ hướng dẫn tận tình.";
        b.reasons = {"than-thien", "dung-hen"};
        b.criteria.insert("thoi-gian", 0);
        b.criteria.insert("thai-do", 5);
        b.overall = 4;
        b.survey = "default";
        b.seq = 42;
        b.createdAt = a.createdAt;
        b.id = a.id;
        QCOMPARE(a.canonicalForm(), b.canonicalForm());
    }

    void canonicalFormChangesWithAnyField_data()
    {
        QTest::addColumn<std::function<void(Rating &)>>("change");
        using Change = std::function<void(Rating &)>;
        QTest::newRow("id") << Change(
            [](Rating &r) { r.id = QUuid("00000000-6a1d-4c8e-9f2a-1d3e5f7a9b0c"); });
        QTest::newRow("created_at by 1 ms")
            << Change([](Rating &r) { r.createdAt = r.createdAt.addMSecs(1); });
        QTest::newRow("seq") << Change([](Rating &r) { r.seq = 43; });
        QTest::newRow("survey") << Change([](Rating &r) { r.survey = "khac"; });
        QTest::newRow("overall") << Change([](Rating &r) { r.overall = 5; });
        QTest::newRow("criterion level") << Change([](Rating &r) { r.criteria["thai-do"] = 4; });
        QTest::newRow("criterion added") << Change([](Rating &r) { r.criteria["chi-phi"] = 0; });
        QTest::newRow("reason order") << Change([](Rating &r) {
            r.reasons = {"dung-hen", "than-thien"};
        });
        QTest::newRow("reason removed") << Change([](Rating &r) { r.reasons.removeLast(); });
        QTest::newRow("comment") << Change([](Rating &r) { r.comment += "!"; });
        QTest::newRow("field") << Change([](Rating &r) { r.field = "chung-thuc"; });
        QTest::newRow("procedure") << Change([](Rating &r) { r.procedure.clear(); });
        QTest::newRow("dossier") << Change(
            [](Rating &r) { r.dossier = "000.00.12.H56-260314-0003"; });
        QTest::newRow("counter") << Change([](Rating &r) { r.counter = "3"; });
        QTest::newRow("staff") << Change([](Rating &r) { r.staff = "nv-005"; });
        QTest::newRow("lang") << Change([](Rating &r) { r.lang = "en"; });
        QTest::newRow("ended") << Change([](Rating &r) { r.ended = SessionEnd::Timeout; });
        QTest::newRow("suspect") << Change([](Rating &r) { r.suspect = true; });
    }

    void canonicalFormChangesWithAnyField()
    {
        QFETCH(std::function<void(Rating &)>, change);
        Rating changed = sampleRating();
        change(changed);
        QVERIFY(changed.canonicalForm() != sampleRating().canonicalForm());
    }

    void tiedToProcedure()
    {
        Rating rating;
        QVERIFY(!rating.isTiedToProcedure());
        rating.counter = "3";
        rating.staff = "nv-001";
        QVERIFY(!rating.isTiedToProcedure());
        rating.field = "ho-tich";
        QVERIFY(rating.isTiedToProcedure());
        rating.field.clear();
        rating.procedure = "1.001193";
        QVERIFY(rating.isTiedToProcedure());
        rating.procedure.clear();
        rating.dossier = "H56-0001";
        QVERIFY(rating.isTiedToProcedure());
    }

    void sessionEndCodes()
    {
        QCOMPARE(sessionEndCode(SessionEnd::Done), QStringLiteral("done"));
        QCOMPARE(sessionEndCode(SessionEnd::Timeout), QStringLiteral("timeout"));
        QCOMPARE(sessionEndCode(SessionEnd::Skipped), QStringLiteral("skipped"));
        QCOMPARE(sessionEndCode(SessionEnd::Unspecified), QString());
        QCOMPARE(sessionEndFromCode("skipped"), SessionEnd::Skipped);
        QCOMPARE(sessionEndFromCode("Done"), SessionEnd::Unspecified);
    }
};

QTEST_APPLESS_MAIN(TestRating)
#include "tst_rating.moc"
