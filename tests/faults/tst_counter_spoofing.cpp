// A rating's counter is its kiosk's, against the real server over TLS: a kiosk at counter 2
// cannot put ratings on counter 1 (rejected "counter-mismatch", nothing stored); a citizen who
// rates at the real kiosk program without a counter prompt is counted on that kiosk's counter;
// ratings stored without one before are given their kiosk's by a migration, with their daily
// rollups built again to match.
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hailong::testing;

namespace {
// Only to stop a broken run from hanging the suite.
constexpr int givingUpMs = 90'000;

// Every daily rollup row, as text, and the same figures counted from the ratings themselves.
const QString rollupRows = QStringLiteral(
    "SELECT day, unit_id, unit_kind, tied, field, counter, staff, suspect, n, satisfied, "
    "clock_skewed FROM rollup_days ORDER BY day, unit_id, unit_kind, tied, field, counter, "
    "staff, suspect");
const QString recountRows = QStringLiteral(
    "SELECT (effective_at + 25200000) / 86400000 AS d, unit_id, unit_kind, tied, field, counter, "
    "staff, suspect, COUNT(*), SUM(satisfied), SUM(clock_skew) FROM ratings GROUP BY d, unit_id, "
    "unit_kind, tied, field, counter, staff, suspect ORDER BY d, unit_id, unit_kind, tied, "
    "field, counter, staff, suspect");
} // namespace

class CounterSpoofingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ratingForAnotherCounterIsRejected();
    void walkUpRatingGetsTheKiosksCounter();
    void kioskWithoutACounterNamesNone();
    void realKioskRatingWithoutPromptLandsOnItsCounter();
    void migrationGivesStoredRatingsTheirKiosksCounter();

private:
    QJsonObject post(const QString &token, const QJsonObject &rating);
    QStringList rows(const QString &sql) const;
    QString value(const QString &sql) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_client;
    QString m_counter1;
    QString m_counter2;
    QString m_noCounter;
    qint64 m_seq = 0;
};

void CounterSpoofingTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
    m_counter1 =
        m_server->addKiosk(QStringLiteral("quay-1"), QStringLiteral("ubnd"), QStringLiteral("1"));
    m_counter2 =
        m_server->addKiosk(QStringLiteral("quay-2"), QStringLiteral("ubnd"), QStringLiteral("2"));
    m_noCounter = m_server->addKiosk(QStringLiteral("sanh"), QStringLiteral("ubnd"));
    QVERIFY(!m_counter1.isEmpty() && !m_counter2.isEmpty() && !m_noCounter.isEmpty());
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_client = std::make_unique<TlsClient>(m_server->caPath());
}

void CounterSpoofingTest::cleanupTestCase()
{
    m_server.reset();
}

QJsonObject CounterSpoofingTest::post(const QString &token, const QJsonObject &rating)
{
    const HttpReply reply =
        m_client->postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch({rating}), TlsClient::bearer(token));
    return reply.status == 200 ? reply.json()[QLatin1String("results")][0].toObject()
                               : QJsonObject{{QStringLiteral("status"), reply.status}};
}

QStringList CounterSpoofingTest::rows(const QString &sql) const
{
    const QString name = QStringLiteral("counter-spoofing");
    QStringList result;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        if (!query.exec(sql))
            result.append(QStringLiteral("error: ") + sql);
        while (query.next()) {
            QStringList columns;
            for (int i = 0; query.value(i).isValid(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString CounterSpoofingTest::value(const QString &sql) const
{
    return rows(sql).value(0);
}

// Three bad ratings from counter 2's kiosk naming counter 1 once put counter 1 last.
void CounterSpoofingTest::ratingForAnotherCounterIsRejected()
{
    const QString before = value(QStringLiteral("SELECT COUNT(*) FROM ratings"));
    for (int i = 0; i < 3; ++i) {
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++m_seq, 1);
        rating.insert(QStringLiteral("counter"), QStringLiteral("1"));
        const QJsonObject result = post(m_counter2, rating);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QLatin1String("error")).toString(),
                 QStringLiteral("counter-mismatch"));
        QVERIFY(!result.value(QLatin1String("message")).toString().isEmpty());
    }
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ratings")), before);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM rollup_days WHERE counter = '1'")),
             QStringLiteral("0"));

    // Naming its own counter is fine.
    QJsonObject own =
        TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++m_seq, 4);
    own.insert(QStringLiteral("counter"), QStringLiteral("2"));
    QCOMPARE(post(m_counter2, own).value(QLatin1String("status")).toString(),
             QStringLiteral("accepted"));
}

void CounterSpoofingTest::walkUpRatingGetsTheKiosksCounter()
{
    const QString id = TestRatings::newId();
    QCOMPARE(post(m_counter1, TestRatings::rating(id, QDateTime::currentDateTimeUtc(), ++m_seq, 5))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("accepted"));
    QCOMPARE(value(QStringLiteral("SELECT counter FROM ratings WHERE id = '%1'").arg(id)),
             QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("SELECT SUM(n) FROM rollup_days WHERE counter = '1'")),
             QStringLiteral("1"));
    // The same rating sent again (the kiosk did not hear the answer) is a duplicate.
    QCOMPARE(post(m_counter1, TestRatings::rating(id, QDateTime::currentDateTimeUtc(), m_seq, 5))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("duplicate"));
}

// A kiosk in the hall, enrolled without a counter, gets no counter prompts: its ratings carry
// no counter, and one naming a counter is refused like any other.
void CounterSpoofingTest::kioskWithoutACounterNamesNone()
{
    const QString id = TestRatings::newId();
    QCOMPARE(post(m_noCounter, TestRatings::rating(id, QDateTime::currentDateTimeUtc(), ++m_seq, 3))
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("accepted"));
    QCOMPARE(value(QStringLiteral("SELECT counter FROM ratings WHERE id = '%1'").arg(id)),
             QString());
    QJsonObject named =
        TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++m_seq, 1);
    named.insert(QStringLiteral("counter"), QStringLiteral("1"));
    QCOMPARE(post(m_noCounter, named).value(QLatin1String("error")).toString(),
             QStringLiteral("counter-mismatch"));
}

// The kiosk program itself on a virtual screen: a key on the idle screen is a citizen's rating,
// no counter prompt came, and the kiosk sends no counter. The server counts it on counter 2.
void CounterSpoofingTest::realKioskRatingWithoutPromptLandsOnItsCounter()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    // The test command installs both (deploy/install-deps.sh --test): missing, the test fails.
    QVERIFY2(!xvfb.isEmpty() && !xdotool.isEmpty(),
             "Xvfb and xdotool are needed to press a key on the kiosk");

    QProcess screen;
    screen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    screen.start(xvfb,
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    QVERIFY(screen.waitForStarted());
    QByteArray displayNumber;
    while (!displayNumber.contains('\n') && screen.waitForReadyRead(givingUpMs))
        displayNumber += screen.readAllStandardOutput();
    QVERIFY2(!displayNumber.trimmed().isEmpty(), "Xvfb gave no display");
    const QString display = QStringLiteral(":") + QString::fromLatin1(displayNumber.trimmed());

    QTemporaryDir kioskDir;
    QFile tokenFile(kioskDir.filePath(QStringLiteral("token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(m_counter2.toUtf8() + '\n');
    tokenFile.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), kioskDir.path());
    QProcess kiosk;
    kiosk.setProcessEnvironment(environment);
    kiosk.setProcessChannelMode(QProcess::MergedChannels);
    // A short inactivity time ends the citizen's session soon after the key, which seals it.
    kiosk.start(QStringLiteral(HAILONG_KIOSK_BINARY),
                {QStringLiteral("--server"), m_server->url({}).toString(),
                 QStringLiteral("--token-file"), tokenFile.fileName(), QStringLiteral("--ca"),
                 m_server->caPath(), QStringLiteral("--data"), kioskDir.filePath("data"),
                 QStringLiteral("--timeout"), QStringLiteral("1")});
    QVERIFY(kiosk.waitForStarted());

    const QString before =
        value(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE kiosk_id = 'quay-2'"));
    QProcess press;
    press.setProcessEnvironment(environment);
    press.start(xdotool, {QStringLiteral("search"), QStringLiteral("--sync"),
                          QStringLiteral("--onlyvisible"), QStringLiteral("--class"),
                          QStringLiteral("hailong-kiosk"), QStringLiteral("windowfocus"),
                          QStringLiteral("--sync"), QStringLiteral("key"), QStringLiteral("4")});
    QVERIFY(press.waitForFinished(givingUpMs));
    QCOMPARE(press.exitCode(), 0);

    const QDeadlineTimer deadline(givingUpMs);
    QString after = before;
    while (after == before && !deadline.hasExpired() && kiosk.state() == QProcess::Running) {
        QTest::qWait(250);
        after = value(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE kiosk_id = 'quay-2'"));
    }
    const QByteArray kioskLog = kiosk.readAll();
    kiosk.terminate();
    kiosk.waitForFinished(givingUpMs);
    screen.terminate();
    screen.waitForFinished(givingUpMs);
    QVERIFY2(after.toInt() == before.toInt() + 1, kioskLog.constData());
    const QStringList newest = rows(QStringLiteral(
        "SELECT overall, counter FROM ratings WHERE kiosk_id = 'quay-2' ORDER BY received_at "
        "DESC LIMIT 1"));
    QCOMPARE(newest, QStringList{QStringLiteral("4|2")});
}

// Ratings stored before the rule, without a counter, with rollups keyed by the empty counter:
// the migration gives them their kiosk's counter, and every rollup row equals a recount.
void CounterSpoofingTest::migrationGivesStoredRatingsTheirKiosksCounter()
{
    m_server->stop();
    QVERIFY(rows(QStringLiteral("UPDATE ratings SET counter = '' WHERE kiosk_id IN ('quay-1', "
                                "'quay-2')"))
                .isEmpty());
    QVERIFY(rows(QStringLiteral("DELETE FROM rollup_days")).isEmpty());
    QVERIFY(rows(QStringLiteral("INSERT INTO rollup_days (day, unit_id, unit_kind, tied, field, "
                                "counter, staff, suspect, n, satisfied, clock_skewed) ") +
                 recountRows.left(recountRows.indexOf(QLatin1String(" ORDER BY"))))
                .isEmpty());
    QVERIFY(rows(QStringLiteral("DELETE FROM schema_version WHERE version >= 6")).isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM rollup_days WHERE counter <> ''")),
             QStringLiteral("0"));

    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    QCOMPARE(rows(QStringLiteral("SELECT DISTINCT kiosk_id, counter FROM ratings ORDER BY 1")),
             (QStringList{QStringLiteral("quay-1|1"), QStringLiteral("quay-2|2"),
                          QStringLiteral("sanh|")}));
    const QStringList rollups = rows(rollupRows);
    QVERIFY(!rollups.isEmpty());
    QCOMPARE(rollups, rows(recountRows));
}

QTEST_GUILESS_MAIN(CounterSpoofingTest)
#include "tst_counter_spoofing.moc"
