// Daily rollups stay exact: a seeded random stream of ratings — resends, conflicting reuses of
// an id, late arrivals across the midnight of UTC+7 (16:59:59Z / 17:00:00Z), invalid ratings,
// suspect ones, kiosk clocks far ahead, several kiosks and units — goes through the real
// server; then every rollup row and every figure the API shows is compared with a recount
// done here from the ratings table with plain SQL. Runs against SQLite and PostgreSQL.
#include "TestServer.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrlQuery>

using namespace hailong::testing;

namespace {
constexpr quint32 seed = 20260331;

struct Counts
{
    qint64 n = 0;
    qint64 satisfied = 0;
    qint64 clockSkewed = 0;

    bool operator==(const Counts &other) const
    {
        return n == other.n && satisfied == other.satisfied && clockSkewed == other.clockSkewed;
    }
};

// A rating row as the recount needs it.
struct Row
{
    QString kiosk;
    QString unit;
    QString kind;
    bool tied = false;
    QString field;
    QString counter;
    QString staff;
    bool suspect = false;
    bool satisfied = false;
    bool clockSkew = false;
    QDateTime effectiveAt;
    qint64 seq = 0;
    int overall = 0;
};

QDate centreDate(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(7 * 3600).date();
}

QDateTime centreMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
}

QString rowKey(const QStringList &parts)
{
    return parts.join(QLatin1Char('|'));
}

struct Kiosk
{
    QString id;
    QString unit;
    QString counter; // enrolled at; the server files the kiosk's ratings there
    QString token;
    qint64 seq = 0;
};
} // namespace

class RollupsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomStreamIsAcknowledgedExactlyOnce();
    void rollupRowsEqualARecount();
    void indicatorsEqualARecount_data();
    void indicatorsEqualARecount();
    void dailySummaryEqualsARecount();
    void trendAndRankingEqualARecount();
    void kioskSequenceGapsEqualARecount();
    void upgradeBuildsRollupsFromStoredRatings();
    void cleanupTestCase();

private:
    QList<Row> storedRows();
    QJsonObject staffGet(const QString &pathAndQuery);
    void send(Kiosk &kiosk, const QList<QJsonObject> &batch);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_kioskClient;
    std::unique_ptr<TlsClient> m_staff;
    QList<Kiosk> m_kiosks;
    // What the server must hold: the first content acknowledged for each id.
    QHash<QString, QJsonObject> m_accepted;
    int m_mismatches = 0;
    QStringList m_mismatchSamples;
};

void RollupsTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    QVERIFY(m_server->addUnit(QStringLiteral("tram-y-te"), QStringLiteral("health"),
                              QStringLiteral("Trạm y tế")));
    QVERIFY(m_server->addUnit(QStringLiteral("truong"), QStringLiteral("education"),
                              QStringLiteral("Trường tiểu học")));
    const QList<Kiosk> kiosks{
        {QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("Quầy 1"), {}, 0},
        {QStringLiteral("k2"), QStringLiteral("ubnd"), QStringLiteral("Quầy 2"), {}, 0},
        {QStringLiteral("k3"), QStringLiteral("tram-y-te"), QString(), {}, 0},
        {QStringLiteral("k4"), QStringLiteral("truong"), QString(), {}, 0}};
    for (Kiosk kiosk : kiosks) {
        kiosk.token = m_server->addKiosk(kiosk.id, kiosk.unit, kiosk.counter);
        QVERIFY(!kiosk.token.isEmpty());
        m_kiosks.append(kiosk);
    }
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_kioskClient = std::make_unique<TlsClient>(m_server->caPath());
    m_staff = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply login =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                          {{QStringLiteral("user"), QStringLiteral("admin")},
                           {QStringLiteral("password"), m_server->adminPassword()}});
    QCOMPARE(login.status, 200);
}

void RollupsTest::cleanupTestCase()
{
    m_staff.reset();
    m_kioskClient.reset();
    m_server.reset();
}

void RollupsTest::send(Kiosk &kiosk, const QList<QJsonObject> &batch)
{
    QJsonArray ratings;
    for (const QJsonObject &rating : batch)
        ratings.append(rating);
    const HttpReply reply =
        m_kioskClient->postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                TestRatings::batch(ratings), TlsClient::bearer(kiosk.token));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        const QJsonObject &rating = batch.at(i);
        const QString id = rating.value(QLatin1String("id")).toString();
        const QString status = results.at(i).toObject().value(QLatin1String("status")).toString();
        // A rating naming another counter than its kiosk's is refused before anything else.
        const QString counter = rating.value(QLatin1String("counter")).toString();
        const bool invalid = rating.value(QLatin1String("overall")).toInt() > 5 ||
                             (!counter.isEmpty() && counter != kiosk.counter);
        QString expected;
        if (invalid)
            expected = QStringLiteral("rejected");
        else if (!m_accepted.contains(id))
            expected = QStringLiteral("accepted");
        else if (m_accepted.value(id) == rating)
            expected = QStringLiteral("duplicate");
        else
            expected = QStringLiteral("rejected");
        if (status != expected) {
            ++m_mismatches;
            m_mismatchSamples.append(id + QLatin1Char(' ') + status + QStringLiteral(" != ") +
                                     expected);
        }
        if (status == QLatin1String("accepted") && !m_accepted.contains(id))
            m_accepted.insert(id, rating);
    }
}

void RollupsTest::randomStreamIsAcknowledgedExactlyOnce()
{
    QRandomGenerator random(seed);
    // Midnights of UTC+7 as UTC instants: 30 and 31 March (the calendar quarter ends), and
    // 14 March (the nd09 quarter ends).
    const QList<QDateTime> midnights{QDateTime(QDate(2026, 3, 30), QTime(17, 0), Qt::UTC),
                                     QDateTime(QDate(2026, 3, 31), QTime(17, 0), Qt::UTC),
                                     QDateTime(QDate(2026, 3, 14), QTime(17, 0), Qt::UTC)};
    const QList<qint64> offsets{-1, 0, 1, -3600, 3 * 3600, -30, 59};
    const QStringList fields{QString(),
                             QString(),
                             QStringLiteral("ho-tich"),
                             QStringLiteral("chung-thuc"),
                             QStringLiteral("dat-dai"),
                             QStringLiteral("xay-dung"),
                             QStringLiteral("dau-tu")};
    const QStringList staff{QString(), QStringLiteral("lan"), QStringLiteral("minh"),
                            QStringLiteral("hoà")};
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(quint32(list.size()))));
    };

    // Phase 1: fresh ratings, shuffled so later days often arrive before earlier ones; some
    // batches carry the same rating twice, or the same id with other content.
    QList<QList<QJsonObject>> perKiosk(m_kiosks.size());
    QList<QJsonObject> sent;
    for (int i = 0; i < 800; ++i) {
        const int kioskIndex = int(random.bounded(quint32(m_kiosks.size())));
        Kiosk &kiosk = m_kiosks[kioskIndex];
        const quint32 shape = random.bounded(100U);
        QDateTime createdAt;
        if (shape < 45)
            createdAt = midnights.at(int(random.bounded(quint32(midnights.size()))))
                            .addSecs(offsets.at(int(random.bounded(quint32(offsets.size())))));
        else if (shape < 96)
            createdAt =
                midnights.first().addSecs(qint64(random.bounded(6U * 24 * 3600)) - 3 * 24 * 3600);
        else // a kiosk clock a day ahead: the server files it at its receive time
            createdAt = QDateTime::currentDateTimeUtc().addDays(1);
        // Sequence numbers mostly climb; sometimes one is skipped or reused.
        const quint32 seqShape = random.bounded(100U);
        if (seqShape >= 3)
            kiosk.seq += seqShape < 6 ? 2 : 1;
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), createdAt, std::max<qint64>(kiosk.seq, 1),
                                1 + int(random.bounded(5U)));
        const QString field = pick(fields);
        if (!field.isEmpty())
            rating.insert(QStringLiteral("field"), field);
        if (random.bounded(100U) < 15)
            rating.insert(QStringLiteral("procedure"), QStringLiteral("1.001234"));
        if (kiosk.unit == QLatin1String("ubnd")) {
            // Prompted at the counter, or a citizen who walked up: filed on the kiosk's
            // counter either way.
            if (random.bounded(2U) == 0)
                rating.insert(QStringLiteral("counter"), kiosk.counter);
            const QString person = pick(staff);
            if (!person.isEmpty())
                rating.insert(QStringLiteral("staff"), person);
        }
        if (random.bounded(100U) < 6)
            rating.insert(QStringLiteral("suspect"), true);
        perKiosk[kioskIndex].append(rating);
        sent.append(rating);
    }
    for (int k = 0; k < m_kiosks.size(); ++k) {
        QList<QJsonObject> &queue = perKiosk[k];
        for (qsizetype i = queue.size() - 1; i > 0; --i)
            queue.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
        while (!queue.isEmpty()) {
            const qsizetype size =
                std::min<qsizetype>(queue.size(), 1 + qsizetype(random.bounded(40U)));
            QList<QJsonObject> batch = queue.mid(0, size);
            queue.remove(0, size);
            const quint32 twist = random.bounded(100U);
            if (twist < 15) {
                batch.append(batch.first());
            } else if (twist < 25) {
                QJsonObject other = batch.first();
                other.insert(QStringLiteral("overall"),
                             1 + (other.value(QLatin1String("overall")).toInt() % 5));
                batch.append(other);
            }
            send(m_kiosks[k], batch);
        }
    }

    // Phase 2: resends (from any kiosk: the fingerprint is the rating's own), conflicts and
    // invalid ratings mixed in batches.
    for (int round = 0; round < 30; ++round) {
        QList<QJsonObject> batch;
        const int size = 1 + int(random.bounded(30U));
        for (int i = 0; i < size; ++i) {
            QJsonObject rating = sent.at(int(random.bounded(quint32(sent.size()))));
            const quint32 shape = random.bounded(100U);
            if (shape < 20)
                rating.insert(QStringLiteral("overall"),
                              1 + (rating.value(QLatin1String("overall")).toInt() % 5));
            else if (shape < 30)
                rating = TestRatings::rating(TestRatings::newId(), midnights.first(), 1, 9);
            batch.append(rating);
        }
        send(m_kiosks[int(random.bounded(quint32(m_kiosks.size())))], batch);
    }
    QVERIFY2(m_mismatches == 0, qPrintable(m_mismatchSamples.mid(0, 5).join(QLatin1Char('\n'))));

    const QList<Row> rows = storedRows();
    QCOMPARE(rows.size(), m_accepted.size());
}

QList<Row> RollupsTest::storedRows()
{
    QList<Row> rows;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("rows"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT kiosk_id, unit_id, unit_kind, tied, field, counter, staff, suspect, "
                "satisfied, clock_skew, effective_at, seq, overall, id FROM ratings"));
            while (query.next()) {
                Row row;
                row.kiosk = query.value(0).toString();
                row.unit = query.value(1).toString();
                row.kind = query.value(2).toString();
                row.tied = query.value(3).toLongLong() != 0;
                row.field = query.value(4).toString();
                row.counter = query.value(5).toString();
                row.staff = query.value(6).toString();
                row.suspect = query.value(7).toLongLong() != 0;
                row.satisfied = query.value(8).toLongLong() != 0;
                row.clockSkew = query.value(9).toLongLong() != 0;
                row.effectiveAt =
                    QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
                row.seq = query.value(11).toLongLong();
                row.overall = query.value(12).toInt();
                const QJsonObject accepted = m_accepted.value(query.value(13).toString());
                if (accepted.value(QLatin1String("overall")).toInt() != row.overall)
                    row.overall = -1; // stored content differs from the acknowledged one
                rows.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    return rows;
}

QJsonObject RollupsTest::staffGet(const QString &pathAndQuery)
{
    const HttpReply reply = m_staff->get(m_server->url(pathAndQuery));
    if (reply.status != 200)
        qWarning() << pathAndQuery << reply.status << reply.body;
    return reply.json();
}

void RollupsTest::rollupRowsEqualARecount()
{
    const QList<Row> rows = storedRows();
    QVERIFY(!rows.isEmpty());
    QMap<QString, Counts> days, indicatorDays, hours;
    for (const Row &row : rows) {
        QVERIFY2(row.overall > 0, "a stored rating differs from the one acknowledged");
        const QDateTime local = row.effectiveAt.toOffsetFromUtc(7 * 3600);
        const QString day = local.date().toString(Qt::ISODate);
        const auto add = [&row](Counts &counts) {
            ++counts.n;
            counts.satisfied += row.satisfied ? 1 : 0;
            counts.clockSkewed += row.clockSkew ? 1 : 0;
        };
        add(days[rowKey({day, row.unit, row.kind, QString::number(row.tied), row.field, row.counter,
                         row.staff, QString::number(row.suspect)})]);
        if (!row.suspect) {
            add(indicatorDays[rowKey({day, row.kind, QString::number(row.tied), row.field})]);
            add(hours[rowKey({day, QString::number(local.time().hour())})]);
        }
    }
    // The boundaries were really crossed: ratings on both sides of 31 March's midnight.
    QVERIFY(std::any_of(days.keyBegin(), days.keyEnd(), [](const QString &key) {
        return key.startsWith(QLatin1String("2026-03-31"));
    }));
    QVERIFY(std::any_of(days.keyBegin(), days.keyEnd(), [](const QString &key) {
        return key.startsWith(QLatin1String("2026-04-01"));
    }));

    QMap<QString, Counts> storedDays, storedIndicatorDays, storedHours;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("rollups"));
        QVERIFY(db.isOpen());
        const auto dayText = [](const QVariant &day) {
            return QDate(1970, 1, 1).addDays(day.toLongLong()).toString(Qt::ISODate);
        };
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT day, unit_id, unit_kind, tied, field, counter, staff, suspect, n, "
            "satisfied, clock_skewed FROM rollup_days")));
        while (query.next())
            storedDays.insert(rowKey({dayText(query.value(0)), query.value(1).toString(),
                                      query.value(2).toString(),
                                      QString::number(query.value(3).toLongLong() != 0),
                                      query.value(4).toString(), query.value(5).toString(),
                                      query.value(6).toString(),
                                      QString::number(query.value(7).toLongLong() != 0)}),
                              {query.value(8).toLongLong(), query.value(9).toLongLong(),
                               query.value(10).toLongLong()});
        QVERIFY(query.exec(QStringLiteral(
            "SELECT day, unit_kind, tied, field, n, satisfied FROM rollup_indicator_days")));
        while (query.next())
            storedIndicatorDays.insert(
                rowKey({dayText(query.value(0)), query.value(1).toString(),
                        QString::number(query.value(2).toLongLong() != 0),
                        query.value(3).toString()}),
                {query.value(4).toLongLong(), query.value(5).toLongLong(), 0});
        QVERIFY(query.exec(QStringLiteral("SELECT day, hour, n, satisfied FROM rollup_hours")));
        while (query.next())
            storedHours.insert(rowKey({dayText(query.value(0)), query.value(1).toString()}),
                               {query.value(2).toLongLong(), query.value(3).toLongLong(), 0});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rollups"));

    for (Counts &counts : indicatorDays)
        counts.clockSkewed = 0;
    for (Counts &counts : hours)
        counts.clockSkewed = 0;
    QCOMPARE(storedDays.keys(), days.keys());
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        QVERIFY2(storedDays.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(storedIndicatorDays.keys(), indicatorDays.keys());
    for (auto it = indicatorDays.cbegin(); it != indicatorDays.cend(); ++it)
        QVERIFY2(storedIndicatorDays.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(storedHours.keys(), hours.keys());
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        QVERIFY2(storedHours.value(it.key()) == it.value(), qPrintable(it.key()));
}

void RollupsTest::indicatorsEqualARecount_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("rule");
    QTest::newRow("the last day of Q1")
        << QStringLiteral("2026-03-31..2026-03-31") << QStringLiteral("calendar");
    QTest::newRow("the first day of Q2")
        << QStringLiteral("2026-04-01..2026-04-01") << QStringLiteral("calendar");
    QTest::newRow("a week across the quarter")
        << QStringLiteral("2026-03-27..2026-04-02") << QStringLiteral("calendar");
    QTest::newRow("calendar Q1") << QStringLiteral("2026-Q1") << QStringLiteral("calendar");
    QTest::newRow("calendar Q2") << QStringLiteral("2026-Q2") << QStringLiteral("calendar");
    QTest::newRow("nd09 Q1") << QStringLiteral("2026-Q1") << QStringLiteral("nd09");
    QTest::newRow("nd09 Q2") << QStringLiteral("2026-Q2") << QStringLiteral("nd09");
    QTest::newRow("nd09 first half") << QStringLiteral("2026-H1") << QStringLiteral("nd09");
    QTest::newRow("calendar year") << QStringLiteral("2026") << QStringLiteral("calendar");
}

void RollupsTest::indicatorsEqualARecount()
{
    QFETCH(QString, period);
    QFETCH(QString, rule);
    const QJsonObject report =
        staffGet(QStringLiteral("/api/v1/indicators?period=%1&rule=%2").arg(period, rule));
    const QJsonObject named = report.value(QLatin1String("period")).toObject();
    const QDateTime from = centreMidnight(
        QDate::fromString(named.value(QLatin1String("from")).toString(), Qt::ISODate));
    const QDateTime to = centreMidnight(
        QDate::fromString(named.value(QLatin1String("to")).toString(), Qt::ISODate).addDays(1));
    QVERIFY(from.isValid() && to.isValid());

    const QStringList land{QStringLiteral("dat-dai"), QStringLiteral("xay-dung"),
                           QStringLiteral("dau-tu")};
    QHash<QString, Counts> expected;
    for (const Row &row : storedRows()) {
        if (row.suspect || row.effectiveAt < from || row.effectiveAt >= to)
            continue;
        QStringList scopes;
        if (row.kind == QLatin1String("admin")) {
            scopes << QStringLiteral("admin-service");
            if (row.tied)
                scopes << QStringLiteral("tthc");
            if (row.tied && land.contains(row.field))
                scopes << QStringLiteral("tthc-land");
        } else {
            scopes << row.kind;
        }
        for (const QString &scope : std::as_const(scopes)) {
            ++expected[scope].n;
            expected[scope].satisfied += row.satisfied ? 1 : 0;
        }
    }
    const QJsonArray indicators = report.value(QLatin1String("indicators")).toArray();
    // The five rating indicators, and on-time, without dossiers here (n = 0).
    QCOMPARE(indicators.size(), 6);
    qint64 total = 0;
    for (const QJsonValue &value : indicators) {
        const QJsonObject indicator = value.toObject();
        const QString id = indicator.value(QLatin1String("id")).toString();
        QCOMPARE(indicator.value(QLatin1String("n")).toInteger(), expected.value(id).n);
        QCOMPARE(indicator.value(QLatin1String("satisfied")).toInteger(),
                 expected.value(id).satisfied);
        total += expected.value(id).n;
    }
    QVERIFY(total > 0);
}

void RollupsTest::dailySummaryEqualsARecount()
{
    for (const QDate &date : {QDate(2026, 3, 31), QDate(2026, 4, 1), QDate(2026, 3, 14)}) {
        Counts total;
        qint64 suspect = 0;
        qint64 clockSkew = 0;
        QMap<int, Counts> hours;
        QMap<QString, Counts> byCounter, byStaff, byField, byUnit;
        for (const Row &row : storedRows()) {
            if (centreDate(row.effectiveAt) != date)
                continue;
            clockSkew += row.clockSkew ? 1 : 0;
            if (row.suspect) {
                ++suspect;
                continue;
            }
            const auto add = [&row](Counts &counts) {
                ++counts.n;
                counts.satisfied += row.satisfied ? 1 : 0;
            };
            add(total);
            add(hours[row.effectiveAt.toOffsetFromUtc(7 * 3600).time().hour()]);
            add(byUnit[row.unit]);
            if (!row.counter.isEmpty())
                add(byCounter[row.counter]);
            if (!row.staff.isEmpty())
                add(byStaff[row.staff]);
            if (!row.field.isEmpty())
                add(byField[row.field]);
        }
        const QJsonObject daily =
            staffGet(QStringLiteral("/api/v1/daily?date=") + date.toString(Qt::ISODate));
        QCOMPARE(daily.value(QLatin1String("n")).toInteger(), total.n);
        QVERIFY(total.n > 0);
        QCOMPARE(daily.value(QLatin1String("satisfied")).toInteger(), total.satisfied);
        QCOMPARE(daily.value(QLatin1String("suspect")).toInteger(), suspect);
        QCOMPARE(daily.value(QLatin1String("clock_skew")).toInteger(), clockSkew);
        const QJsonArray hourly = daily.value(QLatin1String("hourly")).toArray();
        QCOMPARE(hourly.size(), 24);
        for (int hour = 0; hour < 24; ++hour) {
            const QJsonObject entry = hourly.at(hour).toObject();
            QCOMPARE(entry.value(QLatin1String("n")).toInteger(), hours.value(hour).n);
            QCOMPARE(entry.value(QLatin1String("satisfied")).toInteger(),
                     hours.value(hour).satisfied);
        }
        const auto compareBreakdown = [&daily](const char *list, const char *key,
                                               const QMap<QString, Counts> &expected) {
            QMap<QString, Counts> shown;
            for (const QJsonValue &value : daily.value(QLatin1String(list)).toArray()) {
                const QJsonObject entry = value.toObject();
                shown.insert(entry.value(QLatin1String(key)).toString(),
                             {entry.value(QLatin1String("n")).toInteger(),
                              entry.value(QLatin1String("satisfied")).toInteger(), 0});
            }
            return shown == expected;
        };
        QVERIFY(compareBreakdown("by_unit", "id", byUnit));
        QVERIFY(compareBreakdown("by_counter", "counter", byCounter));
        QVERIFY(compareBreakdown("by_staff", "staff", byStaff));
        QVERIFY(compareBreakdown("by_field", "field", byField));
    }
}

void RollupsTest::trendAndRankingEqualARecount()
{
    const QJsonObject trend = staffGet(
        QStringLiteral("/api/v1/trend?period=2026-03-23..2026-04-12&rule=calendar&step=week"));
    const QJsonArray steps = trend.value(QLatin1String("steps")).toArray();
    QVERIFY(steps.size() >= 3);
    const QList<Row> rows = storedRows();
    for (const QJsonValue &series : trend.value(QLatin1String("series")).toArray()) {
        const QString id = series.toObject().value(QLatin1String("id")).toString();
        if (id != QLatin1String("admin-service"))
            continue;
        const QJsonArray points = series.toObject().value(QLatin1String("points")).toArray();
        QCOMPARE(points.size(), steps.size());
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            const QDate first =
                QDate::fromString(step.value(QLatin1String("from")).toString(), Qt::ISODate);
            const QDate last =
                QDate::fromString(step.value(QLatin1String("to")).toString(), Qt::ISODate);
            Counts expected;
            for (const Row &row : rows) {
                const QDate day = centreDate(row.effectiveAt);
                if (row.suspect || row.kind != QLatin1String("admin") || day < first || day > last)
                    continue;
                ++expected.n;
                expected.satisfied += row.satisfied ? 1 : 0;
            }
            QCOMPARE(points.at(i).toObject().value(QLatin1String("n")).toInteger(), expected.n);
            QCOMPARE(points.at(i).toObject().value(QLatin1String("satisfied")).toInteger(),
                     expected.satisfied);
        }
    }

    const QJsonObject ranking =
        staffGet(QStringLiteral("/api/v1/ranking?period=2026-Q1&rule=calendar&by=staff"));
    QMap<QString, Counts> expected;
    for (const Row &row : rows) {
        if (row.suspect || row.kind != QLatin1String("admin") || row.staff.isEmpty() ||
            row.effectiveAt < centreMidnight(QDate(2026, 1, 1)) ||
            row.effectiveAt >= centreMidnight(QDate(2026, 4, 1)))
            continue;
        ++expected[row.staff].n;
        expected[row.staff].satisfied += row.satisfied ? 1 : 0;
    }
    QMap<QString, Counts> shown;
    for (const QJsonValue &value : ranking.value(QLatin1String("rows")).toArray()) {
        const QJsonObject entry = value.toObject();
        shown.insert(entry.value(QLatin1String("key")).toString(),
                     {entry.value(QLatin1String("n")).toInteger(),
                      entry.value(QLatin1String("satisfied")).toInteger(), 0});
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(shown == expected);
}

void RollupsTest::kioskSequenceGapsEqualARecount()
{
    QHash<QString, QSet<qint64>> seqs;
    for (const Row &row : storedRows())
        seqs[row.kiosk].insert(row.seq);
    const QJsonObject list = staffGet(QStringLiteral("/api/v1/kiosks"));
    int checked = 0;
    for (const QJsonValue &value : list.value(QLatin1String("kiosks")).toArray()) {
        const QJsonObject kiosk = value.toObject();
        const QSet<qint64> numbers = seqs.value(kiosk.value(QLatin1String("id")).toString());
        if (numbers.isEmpty())
            continue;
        const qint64 low = *std::min_element(numbers.cbegin(), numbers.cend());
        const qint64 high = *std::max_element(numbers.cbegin(), numbers.cend());
        QCOMPARE(kiosk.value(QLatin1String("last_seq")).toInteger(), high);
        QCOMPARE(kiosk.value(QLatin1String("seq_gaps")).toInteger(),
                 (high - low + 1) - qint64(numbers.size()));
        ++checked;
    }
    QCOMPARE(checked, m_kiosks.size());
}

void RollupsTest::upgradeBuildsRollupsFromStoredRatings()
{
    // A database from before the rollups: the numbered migration must build them from the
    // ratings alone, exactly.
    m_server->stop();
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("downgrade"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        for (const char *statement : {"DROP TABLE rollup_days", "DROP TABLE rollup_indicator_days",
                                      "DROP TABLE rollup_hours", "DROP TABLE kiosk_sequences",
                                      "DELETE FROM schema_version WHERE version >= 3"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_staff = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply login =
        m_staff->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                          {{QStringLiteral("user"), QStringLiteral("admin")},
                           {QStringLiteral("password"), m_server->adminPassword()}});
    QCOMPARE(login.status, 200);
    rollupRowsEqualARecount();
    dailySummaryEqualsARecount();
    kioskSequenceGapsEqualARecount();
}

QTEST_GUILESS_MAIN(RollupsTest)
#include "tst_rollups.moc"
