// Today in context and the why of the ratings, over real TLS against the real server: the day
// against the day before, the same weekday last week, the quarter and year so far, the run of
// satisfied ratings that brings the quarter to its target (GET /api/v1/daily/context), and the
// reasons by counter and field, the five levels and the weekday × hour grid
// (GET /api/v1/patterns) — each equal to what the test counts from the ratings it sent. Also
// the wall screen's page: no login, the dashboard's security headers.
#include "TestServer.h"
#include "period/Period.h"

#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
struct Placed
{
    QString kiosk; // "k-1", "k-2" (the admin unit's counters) or "k-h" (the health station)
    QDateTime at;
    int overall;
    QStringList reasons;
    QString field;
};

struct Tally
{
    qint64 n = 0;
    qint64 satisfied = 0;
};

QDate centreDate(const QDateTime &at)
{
    return at.toTimeZone(centreTimeZone()).date();
}

QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), centreTimeZone());
}

QString counterOf(const QString &kiosk)
{
    if (kiosk == QLatin1String("k-1"))
        return QStringLiteral("Quầy 1");
    if (kiosk == QLatin1String("k-2"))
        return QStringLiteral("Quầy 2");
    return QStringLiteral("Tiếp đón");
}

QJsonObject findBy(const QJsonArray &list, const QString &field, const QString &value)
{
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(field).toString() == value)
            return entry.toObject();
    }
    return {};
}
} // namespace

class DayContextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void contextComparesTheDayWithItsLandmarks();
    void contextCountsTheSatisfiedRunToTarget();
    void patternsCountReasonsLevelsAndHours();
    void badQueriesAreRefusedAndSessionsNeeded();
    void wallNeedsNoLoginAndKeepsTheHeaders();

private:
    // The test's own count of the ratings sent whose centre day lies in [from, to] and that
    // `keep` selects.
    Tally tally(const QDate &from, const QDate &to,
                const std::function<bool(const Placed &)> &keep = {}) const;
    QJsonObject staffGet(const QString &pathAndQuery);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_viewer;
    QList<Placed> m_sent;
    QDate m_today;
    Period m_quarter;
};

Tally DayContextTest::tally(const QDate &from, const QDate &to,
                            const std::function<bool(const Placed &)> &keep) const
{
    Tally result;
    for (const Placed &rating : m_sent) {
        const QDate day = centreDate(rating.at);
        if (day < from || day > to || (keep && !keep(rating)))
            continue;
        ++result.n;
        if (rating.overall >= 4)
            ++result.satisfied;
    }
    return result;
}

QJsonObject DayContextTest::staffGet(const QString &pathAndQuery)
{
    const HttpReply reply = m_viewer->get(m_server->url(pathAndQuery));
    if (reply.status != 200)
        qWarning() << pathAndQuery << reply.status << reply.body;
    return reply.json();
}

void DayContextTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    QVERIFY(m_server->addUnit(QStringLiteral("tyt"), QStringLiteral("health"),
                              QStringLiteral("Trạm Y tế")));
    QHash<QString, QString> tokens;
    for (const QString &kiosk : {QStringLiteral("k-1"), QStringLiteral("k-2")})
        tokens.insert(kiosk, m_server->addKiosk(kiosk, QStringLiteral("ubnd"), counterOf(kiosk)));
    tokens.insert(QStringLiteral("k-h"),
                  m_server->addKiosk(QStringLiteral("k-h"), QStringLiteral("tyt"),
                                     counterOf(QStringLiteral("k-h"))));
    for (const QString &token : tokens)
        QVERIFY(!token.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("xem"), QStringLiteral("viewer"),
                              QStringLiteral("mật khẩu chỉ xem")));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_today = centreDate(now);
    m_quarter = Period::containing(m_today, Period::Kind::Quarter, PeriodRule::Nd09);
    const QStringList wait{QStringLiteral("cho-lau")};
    const QStringList waitAndPapers{QStringLiteral("cho-lau"), QStringLiteral("giay-to-nhieu")};
    const QStringList quick{QStringLiteral("nhanh-chong")};
    const QString civil = QStringLiteral("ho-tich");
    const QString land = QStringLiteral("dat-dai");
    // Today, a second apart: 9 admin ratings, 3 of them unhappy, with reasons; 2 satisfied
    // health ratings.
    m_sent = {
        {QStringLiteral("k-1"), now.addSecs(-1), 5, quick, civil},
        {QStringLiteral("k-1"), now.addSecs(-2), 2, waitAndPapers, civil},
        {QStringLiteral("k-1"), now.addSecs(-3), 1, wait, civil},
        {QStringLiteral("k-1"), now.addSecs(-4), 4, {}, civil},
        {QStringLiteral("k-1"), now.addSecs(-5), 5, {}, {}},
        {QStringLiteral("k-2"), now.addSecs(-6), 3, wait, land},
        {QStringLiteral("k-2"), now.addSecs(-7), 4, {}, land},
        {QStringLiteral("k-2"), now.addSecs(-8), 5, quick, land},
        {QStringLiteral("k-2"), now.addSecs(-9), 4, {}, {}},
        {QStringLiteral("k-h"), now.addSecs(-10), 5, {}, {}},
        {QStringLiteral("k-h"), now.addSecs(-11), 4, {}, {}},
    };
    // Earlier days at noon: the day before, a week before, two and three weeks before (in or
    // before the quarter, as the calendar falls), and the quarter's first day.
    const QList<std::pair<int, QList<int>>> earlier = {
        {1, {5, 4, 2}}, {7, {4, 1, 5, 5}}, {14, {5, 5}}, {21, {2, 4}}};
    for (const auto &[daysBack, levels] : earlier) {
        for (int i = 0; i < levels.size(); ++i)
            m_sent.append(Placed{i % 2 ? QStringLiteral("k-2") : QStringLiteral("k-1"),
                                 noon(m_today.addDays(-daysBack)).addSecs(i * 60), levels.at(i),
                                 levels.at(i) <= 2 ? wait : QStringList{}, civil});
    }
    if (m_quarter.from() < m_today)
        m_sent.append(Placed{QStringLiteral("k-1"), noon(m_quarter.from()), 1, wait, {}});

    TlsClient kiosk(m_server->caPath());
    for (const QString &id : tokens.keys()) {
        QJsonArray batch;
        qint64 seq = 0;
        for (const Placed &rating : m_sent) {
            if (rating.kiosk != id)
                continue;
            QJsonObject wire =
                TestRatings::rating(TestRatings::newId(), rating.at, ++seq, rating.overall);
            wire.insert(QStringLiteral("counter"), counterOf(id));
            if (!rating.reasons.isEmpty())
                wire.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(rating.reasons));
            if (!rating.field.isEmpty())
                wire.insert(QStringLiteral("field"), rating.field);
            batch.append(wire);
        }
        const HttpReply stored =
            kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(batch), TlsClient::bearer(tokens.value(id)));
        QCOMPARE(stored.status, 200);
        for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
            QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    }
    m_viewer = std::make_unique<TlsClient>(m_server->caPath());
    QCOMPARE(m_server->logIn(*m_viewer, QStringLiteral("xem"), QStringLiteral("mật khẩu chỉ xem"))
                 .status,
             200);
}

void DayContextTest::cleanupTestCase()
{
    m_viewer.reset();
    m_server.reset();
}

void DayContextTest::contextComparesTheDayWithItsLandmarks()
{
    const QJsonObject context = staffGet(
        QStringLiteral("/api/v1/daily/context?date=%1").arg(m_today.toString(Qt::ISODate)));
    QCOMPARE(context.value(QLatin1String("rule")).toString(), QStringLiteral("nd09"));
    const auto check = [&](const char *key, const QDate &from, const QDate &to) {
        const QJsonObject figures = context.value(QLatin1String(key)).toObject();
        const Tally expected = tally(from, to);
        QCOMPARE(figures.value(QLatin1String("from")).toString(), from.toString(Qt::ISODate));
        QCOMPARE(figures.value(QLatin1String("to")).toString(), to.toString(Qt::ISODate));
        QCOMPARE(figures.value(QLatin1String("n")).toInteger(), expected.n);
        QCOMPARE(figures.value(QLatin1String("satisfied")).toInteger(), expected.satisfied);
        if (expected.n > 0)
            QVERIFY(qAbs(figures.value(QLatin1String("rate")).toDouble() -
                         100.0 * double(expected.satisfied) / double(expected.n)) < 1e-9);
        else
            QVERIFY(figures.value(QLatin1String("rate")).isNull());
        // Indicator 1 (every administrative rating) and the health station's, the same way.
        const QJsonArray indicators = figures.value(QLatin1String("indicators")).toArray();
        const Tally admin = tally(from, to, [](const Placed &p) { return p.kiosk != "k-h"; });
        const QJsonObject first = indicators.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("admin-service"));
        QCOMPARE(first.value(QLatin1String("n")).toInteger(), admin.n);
        QCOMPARE(first.value(QLatin1String("satisfied")).toInteger(), admin.satisfied);
        const QJsonObject health =
            findBy(indicators, QStringLiteral("id"), QStringLiteral("health"));
        QCOMPARE(health.value(QLatin1String("n")).toInteger(), expected.n - admin.n);
    };
    check("today", m_today, m_today);
    check("yesterday", m_today.addDays(-1), m_today.addDays(-1));
    check("last_week", m_today.addDays(-7), m_today.addDays(-7));
    check("quarter_to_date", m_quarter.from(), m_today);
    check("year_to_date", m_quarter.yearToDate().from(), m_today);
    QCOMPARE(
        context.value(QLatin1String("quarter_to_date")).toObject().value(QLatin1String("period")),
        QJsonValue(m_quarter.name()));
}

void DayContextTest::contextCountsTheSatisfiedRunToTarget()
{
    const QJsonObject quarter = staffGet(QStringLiteral("/api/v1/daily/context"))
                                    .value(QLatin1String("quarter_to_date"))
                                    .toObject();
    const QJsonArray indicators = quarter.value(QLatin1String("indicators")).toArray();
    // Indicator 1 is below its 95 % target: the smallest k with (s + k) / (n + k) ≥ 95 %,
    // counted here one rating at a time.
    const QJsonObject first = indicators.first().toObject();
    const double target = first.value(QLatin1String("target")).toDouble();
    QCOMPARE(target, 95.0);
    const Tally admin =
        tally(m_quarter.from(), m_today, [](const Placed &p) { return p.kiosk != "k-h"; });
    qint64 k = 0;
    while ((admin.satisfied + k) * 100 < qint64(target) * (admin.n + k))
        ++k;
    QVERIFY(k > 0);
    QCOMPARE(first.value(QLatin1String("met")).toBool(), false);
    QCOMPARE(first.value(QLatin1String("to_target")).toInteger(), k);
    // The health station's two satisfied ratings meet its target already.
    const QJsonObject health = findBy(indicators, QStringLiteral("id"), QStringLiteral("health"));
    QCOMPARE(health.value(QLatin1String("met")).toBool(), true);
    QCOMPARE(health.value(QLatin1String("to_target")).toInteger(), 0);
    // Education has no rating: one satisfied rating reaches any target.
    const QJsonObject education =
        findBy(indicators, QStringLiteral("id"), QStringLiteral("education"));
    QCOMPARE(education.value(QLatin1String("n")).toInteger(), 0);
    QCOMPARE(education.value(QLatin1String("met")).toBool(), false);
    QCOMPARE(education.value(QLatin1String("to_target")).toInteger(), 1);
}

void DayContextTest::patternsCountReasonsLevelsAndHours()
{
    const QJsonObject day =
        staffGet(QStringLiteral("/api/v1/patterns?date=%1").arg(m_today.toString(Qt::ISODate)));
    // The test's own counts of today's reasons, in all and by counter and field.
    QHash<QString, qint64> reasons;
    QHash<QString, qint64> byCounter;
    QMap<int, qint64> levels;
    for (const Placed &rating : m_sent) {
        if (centreDate(rating.at) != m_today)
            continue;
        ++levels[rating.overall];
        for (const QString &code : rating.reasons) {
            ++reasons[code];
            ++byCounter[counterOf(rating.kiosk) + u'|' + rating.field + u'|' + code];
        }
    }
    const QJsonArray dayReasons = day.value(QLatin1String("reasons")).toArray();
    QCOMPARE(dayReasons.size(), reasons.size());
    for (const QJsonValue &entry : dayReasons) {
        const QJsonObject reason = entry.toObject();
        QCOMPARE(reason.value(QLatin1String("count")).toInteger(),
                 reasons.value(reason.value(QLatin1String("code")).toString()));
    }
    // Most frequent first, worded in both languages.
    QCOMPARE(dayReasons.first().toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("cho-lau"));
    QCOMPARE(dayReasons.first().toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Chờ lâu"));
    QCOMPARE(dayReasons.first().toObject().value(QLatin1String("text_en")).toString(),
             QStringLiteral("Long wait"));
    const QJsonArray rows = day.value(QLatin1String("reasons_by_counter")).toArray();
    QCOMPARE(rows.size(), byCounter.size());
    for (const QJsonValue &entry : rows) {
        const QJsonObject row = entry.toObject();
        const QString key = row.value(QLatin1String("counter")).toString() + u'|' +
                            row.value(QLatin1String("field")).toString() + u'|' +
                            row.value(QLatin1String("code")).toString();
        QCOMPARE(row.value(QLatin1String("count")).toInteger(), byCounter.value(key));
    }
    const QJsonObject landWait = [&] {
        for (const QJsonValue &entry : rows) {
            const QJsonObject row = entry.toObject();
            if (row.value(QLatin1String("field")).toString() == QLatin1String("dat-dai"))
                return row;
        }
        return QJsonObject{};
    }();
    QCOMPARE(landWait.value(QLatin1String("counter")).toString(), QStringLiteral("Quầy 2"));
    QCOMPARE(landWait.value(QLatin1String("field_name")).toString(), QStringLiteral("Đất đai"));

    const QJsonArray dayLevels = day.value(QLatin1String("levels")).toArray();
    QCOMPARE(dayLevels.size(), 5);
    for (int level = 1; level <= 5; ++level) {
        const QJsonObject entry = dayLevels.at(level - 1).toObject();
        QCOMPARE(entry.value(QLatin1String("level")).toInt(), level);
        QCOMPARE(entry.value(QLatin1String("count")).toInteger(), levels.value(level));
    }

    // The quarter's weekday × hour grid in centre time, against the test's own grid.
    const QJsonObject period =
        staffGet(QStringLiteral("/api/v1/patterns?period=%1&rule=nd09").arg(m_quarter.name()));
    QMap<std::pair<int, int>, Tally> cells;
    for (const Placed &rating : m_sent) {
        const QDateTime local = rating.at.toTimeZone(centreTimeZone());
        if (local.date() < m_quarter.from() || local.date() > m_quarter.to())
            continue;
        Tally &cell = cells[{local.date().dayOfWeek(), local.time().hour()}];
        ++cell.n;
        if (rating.overall >= 4)
            ++cell.satisfied;
    }
    const QJsonArray grid = period.value(QLatin1String("week_hours")).toArray();
    QCOMPARE(grid.size(), cells.size());
    for (const QJsonValue &entry : grid) {
        const QJsonObject cell = entry.toObject();
        const Tally expected = cells.value({cell.value(QLatin1String("weekday")).toInt(),
                                            cell.value(QLatin1String("hour")).toInt()});
        QCOMPARE(cell.value(QLatin1String("n")).toInteger(), expected.n);
        QCOMPARE(cell.value(QLatin1String("satisfied")).toInteger(), expected.satisfied);
    }
}

void DayContextTest::badQueriesAreRefusedAndSessionsNeeded()
{
    for (const QString &route : {QStringLiteral("/api/v1/daily/context?date=2026-13-01"),
                                 QStringLiteral("/api/v1/daily/context?rule=lunar"),
                                 QStringLiteral("/api/v1/patterns?date=yesterday"),
                                 QStringLiteral("/api/v1/patterns?period=2026-Q9")}) {
        const HttpReply reply = m_viewer->get(m_server->url(route));
        QCOMPARE(reply.status, 400);
        QVERIFY2(!reply.json().value(QLatin1String("error")).toString().isEmpty(),
                 qPrintable(route));
    }
    TlsClient stranger(m_server->caPath());
    for (const QString &route :
         {QStringLiteral("/api/v1/daily/context"), QStringLiteral("/api/v1/patterns")})
        QCOMPARE(stranger.get(m_server->url(route)).status, 401);
}

void DayContextTest::wallNeedsNoLoginAndKeepsTheHeaders()
{
    TlsClient tv(m_server->caPath());
    const HttpReply wall = tv.get(m_server->url(QStringLiteral("/wall")));
    const HttpReply publicPage = tv.get(m_server->url(QStringLiteral("/public")));
    QCOMPARE(wall.status, 200);
    QVERIFY(wall.header("Content-Type").startsWith("text/html"));
    QVERIFY(wall.body.contains("dashboard/wall.js"));
    for (const QByteArray &header :
         {QByteArray("Content-Security-Policy"), QByteArray("X-Content-Type-Options"),
          QByteArray("Referrer-Policy"), QByteArray("X-Frame-Options")})
        QCOMPARE(wall.header(header), publicPage.header(header));
    QVERIFY(wall.header("Content-Security-Policy").contains("default-src 'self'"));
    // Nothing from elsewhere: every script and style the page names is the server's own.
    QVERIFY(!wall.body.contains("http://") && !wall.body.contains("https://"));
    for (const QString &file : {QStringLiteral("wall.js"), QStringLiteral("wall.css")})
        QCOMPARE(tv.get(m_server->url(QStringLiteral("/dashboard/") + file)).status, 200);
}

QTEST_GUILESS_MAIN(DayContextTest)
#include "tst_day_context.moc"
