#include "rating/Rating.h"
#include "rating/RatingValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <functional>
#include <limits>

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

// How canonicalForm() was built before it wrote its text directly: fingerprints stored since then
// hash these bytes, so the two must agree for every rating.
QByteArray referenceCanonicalForm(const Rating &rating)
{
    QJsonObject criteria;
    for (auto it = rating.criteria.cbegin(); it != rating.criteria.cend(); ++it)
        criteria.insert(it.key(), it.value());
    const QJsonObject json{
        {QStringLiteral("id"), rating.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at_ms"), rating.createdAt.toMSecsSinceEpoch()},
        {QStringLiteral("seq"), rating.seq},
        {QStringLiteral("survey"), rating.survey},
        {QStringLiteral("overall"), rating.overall},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(rating.reasons)},
        {QStringLiteral("comment"), rating.comment},
        {QStringLiteral("field"), rating.field},
        {QStringLiteral("procedure"), rating.procedure},
        {QStringLiteral("dossier"), rating.dossier},
        {QStringLiteral("counter"), rating.counter},
        {QStringLiteral("staff"), rating.staff},
        {QStringLiteral("lang"), rating.lang},
        {QStringLiteral("ended"), sessionEndCode(rating.ended)},
        {QStringLiteral("suspect"), rating.suspect},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
}

// Text made to hit every branch of JSON string escaping: control characters, quotes, multi-byte
// UTF-8, surrogate pairs and lone surrogates, plus any code unit at all.
QString randomText(QRandomGenerator &random)
{
    static const char16_t vietnamese[] =
        u"ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯ";
    QString text;
    const int length = random.bounded(13);
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(10)) {
        case 0:
            text += QChar(char16_t(random.bounded(0x20)));
            break;
        case 1:
            text += QChar(u"\"\\/\x7f"[random.bounded(4)]);
            break;
        case 2:
            text += QChar(char16_t(0x80 + random.bounded(0x780)));
            break;
        case 3:
            text += QChar(vietnamese[random.bounded(int(std::size(vietnamese)) - 1)]);
            break;
        case 4: {
            const char32_t codePoint = 0x10000 + random.bounded(0x100000);
            text += QChar(QChar::highSurrogate(codePoint));
            text += QChar(QChar::lowSurrogate(codePoint));
            break;
        }
        case 5:
            text += QChar(char16_t(0xd800 + random.bounded(0x800))); // a lone surrogate
            break;
        case 6:
            text += QChar(char16_t(0xe000 + random.bounded(0x2000))); // above the surrogates
            break;
        case 7:
            text += QChar(char16_t(random.bounded(0x10000)));
            break;
        default:
            text += QChar(char16_t(0x20 + random.bounded(0x5f)));
            break;
        }
    }
    if (text.isEmpty() && random.bounded(2) == 0)
        return QString(); // null, not just empty
    return text;
}

Rating randomRating(QRandomGenerator &random)
{
    Rating rating;
    if (random.bounded(8) != 0) {
        quint32 bytes[4];
        random.fillRange(bytes);
        rating.id =
            QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), sizeof bytes));
    }
    const int offsetSeconds = (random.bounded(113) - 56) * 15 * 60; // -14:00 .. +14:00
    rating.createdAt = QDateTime::fromMSecsSinceEpoch(
        qint64(random.generate64() % 8'000'000'000'000ULL), Qt::OffsetFromUTC, offsetSeconds);
    const qint64 seqs[] = {0,
                           -1,
                           std::numeric_limits<qint64>::min(),
                           std::numeric_limits<qint64>::max(),
                           qint64(random.generate64()),
                           random.bounded(1000)};
    rating.seq = seqs[random.bounded(int(std::size(seqs)))];
    rating.overall = random.bounded(12) - 1;
    const int criteriaCount = random.bounded(5);
    for (int i = 0; i < criteriaCount; ++i)
        rating.criteria.insert(randomText(random), random.bounded(-3, 7));
    const int reasonCount = random.bounded(5);
    for (int i = 0; i < reasonCount; ++i)
        rating.reasons.append(randomText(random));
    for (QString *text : {&rating.survey, &rating.comment, &rating.field, &rating.procedure,
                          &rating.dossier, &rating.counter, &rating.staff, &rating.lang})
        *text = randomText(random);
    rating.ended = SessionEnd(random.bounded(4));
    rating.suspect = random.bounded(2) == 1;
    return rating;
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(Rating &)>)
Q_DECLARE_METATYPE(Rating)

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

    void canonicalFormBytesAreFixed()
    {
        // The exact text stored fingerprints were made from; it must not move with a Qt upgrade.
        Rating rating;
        rating.id = QUuid("5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c");
        rating.createdAt =
            QDateTime::fromString("2026-03-14T23:59:59.250+07:00", Qt::ISODateWithMs);
        rating.seq = -7;
        rating.survey = "default";
        rating.overall = 4;
        rating.criteria = {{"thời-gian", 0}, {"thai-do", 5}};
        rating.reasons = {"dung-hen", "than-thien"};
        rating.comment = fromUnits({u'"', u'\\', u'\t', 0x01, 0x1f, 0x7f, u'ồ', 0x2028, 0xd83d,
                                    0xde00, 0xd83d, u'x', 0xdc00});
        rating.lang = "vi";
        rating.ended = SessionEnd::Timeout;
        rating.suspect = true;
        const QByteArray expected =
            "{\"comment\":\"\\\"\\\\\\t\\u0001\\u001f\x7f"
            "\xe1\xbb\x93"       // ồ
            "\xe2\x80\xa8"       // U+2028, not escaped
            "\xf0\x9f\x98\x80"   // 😀
            "\\ud83dx\\udc00\"," // lone surrogates
            "\"counter\":\"\",\"created_at_ms\":1773507599250,"
            "\"criteria\":{\"thai-do\":5,\"th\xe1\xbb\x9di-gian\":0},\"dossier\":\"\","
            "\"ended\":\"timeout\",\"field\":\"\",\"id\":\"5b0c3f7e-6a1d-4c8e-9f2a-1d3e5f7a9b0c\","
            "\"lang\":\"vi\",\"overall\":4,\"procedure\":\"\","
            "\"reasons\":[\"dung-hen\",\"than-thien\"],\"seq\":-7,\"staff\":\"\","
            "\"survey\":\"default\",\"suspect\":true}";
        QCOMPARE(rating.canonicalForm(), expected);
        QCOMPARE(referenceCanonicalForm(rating), expected);
    }

    void canonicalFormKeepsStoredFingerprintBytes_data()
    {
        QTest::addColumn<Rating>("rating");
        const auto with = [](const std::function<void(Rating &)> &change) {
            Rating rating = sampleRating();
            change(rating);
            return rating;
        };
        QTest::newRow("sample") << sampleRating();
        QTest::newRow("empty") << Rating();
        QTest::newRow("quotes and backslashes") << with([](Rating &r) {
            r.comment = "say \"hi\" \\ \\\" \\\\n /";
            r.criteria = {{"\"\\", 1}, {"a\"b", 2}};
            r.reasons = {"\"", "\\"};
        });
        QString controls;
        for (char16_t unit = 0; unit < 0x20; ++unit)
            controls += QChar(unit);
        controls += QChar(char16_t(0x7f));
        QTest::newRow("every control character and DEL") << with([&controls](Rating &r) {
            r.comment = controls;
            r.staff = controls.right(7);
            r.criteria = {{controls, 3}, {QString(QChar(u'\x1f')), 1}};
            r.reasons = {controls, "\t", "\n"};
        });
        QTest::newRow("Vietnamese with full diacritics") << with([](Rating &r) {
            r.comment = "Cán bộ tận tình, hướng dẫn rõ ràng. Thủ tục nhanh gọn; "
                        "ĐẶNG THỊ HƯƠNG ỞỞ ữ ỹ ậ";
            r.criteria = {{"thái-độ", 5}, {"thời-gian", 4}, {"Đúng-hẹn", 1}};
            r.reasons = {"thân-thiện", "đúng-hẹn"};
            r.counter = "Quầy 2";
        });
        QTest::newRow("emoji and other astral characters") << with([](Rating &r) {
            r.comment = "Rất tốt 👍🏽😀 𝄞 🇻🇳";
            r.criteria = {{"😀", 5}, {"\uffff", 2}, {"\ue000", 1}};
            r.reasons = {"👍", "\u2028\u2029"};
        });
        QTest::newRow("lone surrogates") << with([](Rating &r) {
            r.comment = fromUnits({u'a', 0xd83d, u'b', 0xde00, u'c', 0xdbff});
            r.field = fromUnits({0xd800});
            r.procedure = fromUnits({0xdc00, 0xd800});
            r.dossier = fromUnits({0xd83d, 0xd83d, 0xde00});
            r.staff = fromUnits({0xdfff, 0x7f, 0xd83d});
            r.criteria = {{fromUnits({0xd800}), 1},
                          {fromUnits({0xdfff, u'x'}), 2},
                          {fromUnits({0xe000}), 3},
                          {fromUnits({0xffff}), 4}};
            r.reasons = {fromUnits({0xdbff}), fromUnits({0xdc00})};
        });
        QTest::newRow("non-characters and line separators") << with([](Rating &r) {
            r.comment = fromUnits({0xfffe, 0xffff, 0xfdd0, 0x2028, 0x2029, 0x80, 0x7ff, 0x800});
        });
        QTest::newRow("empty and null strings") << with([](Rating &r) {
            r.comment = QString();
            r.field = "";
            r.procedure = QString();
            r.criteria = {{QString(), 0}, {"x", 0}};
            r.reasons = {QString(), "", "x"};
        });
        QTest::newRow("negative seq") << with([](Rating &r) { r.seq = -42; });
        QTest::newRow("huge seq") << with(
            [](Rating &r) { r.seq = std::numeric_limits<qint64>::max(); });
        QTest::newRow("smallest seq")
            << with([](Rating &r) { r.seq = std::numeric_limits<qint64>::min(); });
        QTest::newRow("negative levels") << with([](Rating &r) {
            r.overall = -1;
            r.criteria = {{"a", -2147483647 - 1}, {"b", 2147483647}};
        });
        QTest::newRow("created at with an offset and milliseconds") << with([](Rating &r) {
            r.createdAt = QDateTime::fromString("2026-03-14T23:59:59.123-09:30", Qt::ISODateWithMs);
        });
        QTest::newRow("created before 1970") << with([](Rating &r) {
            r.createdAt = QDateTime::fromString("1969-12-31T23:59:59.999Z", Qt::ISODateWithMs);
        });
        QTest::newRow("no id") << with([](Rating &r) { r.id = QUuid(); });
        for (const SessionEnd end : {SessionEnd::Unspecified, SessionEnd::Done, SessionEnd::Timeout,
                                     SessionEnd::Skipped}) {
            QTest::addRow("ended %d", int(end)) << with([end](Rating &r) { r.ended = end; });
        }
        QTest::newRow("suspect") << with([](Rating &r) { r.suspect = true; });
        QTest::newRow("not suspect") << with([](Rating &r) { r.suspect = false; });
        QTest::newRow("no criteria or reasons") << with([](Rating &r) {
            r.criteria.clear();
            r.reasons.clear();
        });
        QTest::newRow("long comment")
            << with([](Rating &r) { r.comment = QString("Cán bộ tận tình 👍\"\\\n").repeated(30); });
    }

    void canonicalFormKeepsStoredFingerprintBytes()
    {
        QFETCH(Rating, rating);
        QCOMPARE(rating.canonicalForm(), referenceCanonicalForm(rating));
    }

    void canonicalFormKeepsStoredFingerprintBytesForRandomRatings()
    {
        // A new seed each run widens the search; HAILONG_TEST_SEED replays a failure.
        bool seedGiven = false;
        const quint32 givenSeed = qEnvironmentVariable("HAILONG_TEST_SEED").toUInt(&seedGiven);
        const quint32 seed = seedGiven ? givenSeed : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        for (int i = 0; i < 5000; ++i) {
            const Rating rating = randomRating(random);
            const QByteArray expected = referenceCanonicalForm(rating);
            const QByteArray actual = rating.canonicalForm();
            if (actual != expected) {
                QFAIL(qPrintable(QStringLiteral("seed %1 (HAILONG_TEST_SEED), rating %2:\n"
                                                "expected %3\nactual   %4")
                                     .arg(seed)
                                     .arg(i)
                                     .arg(QString::fromLatin1(expected.toPercentEncoding()),
                                          QString::fromLatin1(actual.toPercentEncoding()))));
            }
        }
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
