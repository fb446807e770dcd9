// Upgrades: a database made with the first released schema, holding data, is brought to the
// current schema by the server, and every unit, kiosk, user, rating and figure survives. The
// one commune becomes the centre `main`, named from its centre.json, owning every unit and user.
#include "TestServer.h"
#include "crypto/PasswordHash.h"
#include "crypto/SecretDigest.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hailong::testing;

namespace {
// Schema version 1 exactly as released; never change it, so the test keeps proving the
// upgrade from the first installs.
const char *const schemaVersion1[] = {
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    "CREATE TABLE units (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE kiosks (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL REFERENCES units(id), "
    "counter TEXT NOT NULL DEFAULT '', token_digest TEXT NOT NULL UNIQUE, revoked INTEGER NOT "
    "NULL DEFAULT 0, last_seen INTEGER, queued INTEGER)",
    "CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL)",
    "CREATE TABLE sessions (token_digest TEXT PRIMARY KEY, user_name TEXT NOT NULL, role TEXT "
    "NOT NULL, csrf_digest TEXT NOT NULL, expires_at INTEGER NOT NULL)",
    "CREATE TABLE login_attempts (user_name TEXT NOT NULL, at INTEGER NOT NULL)",
    "CREATE INDEX login_attempts_user ON login_attempts(user_name, at)",
    "CREATE TABLE audit_log (at INTEGER NOT NULL, event TEXT NOT NULL, actor TEXT NOT NULL, "
    "detail TEXT NOT NULL)",
    "CREATE TABLE ratings (id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, unit_id TEXT NOT NULL, "
    "unit_kind TEXT NOT NULL, survey TEXT NOT NULL, overall INTEGER NOT NULL, satisfied INTEGER "
    "NOT NULL, tied INTEGER NOT NULL, field TEXT NOT NULL, procedure TEXT NOT NULL, "
    "dossier_hash TEXT NOT NULL, counter TEXT NOT NULL, staff TEXT NOT NULL, lang TEXT NOT "
    "NULL, ended TEXT NOT NULL, suspect INTEGER NOT NULL, comment TEXT NOT NULL, criteria TEXT "
    "NOT NULL, reasons TEXT NOT NULL, seq INTEGER NOT NULL, created_at INTEGER NOT NULL, "
    "created_offset INTEGER NOT NULL, received_at INTEGER NOT NULL, effective_at INTEGER NOT "
    "NULL, clock_skew INTEGER NOT NULL, fingerprint TEXT NOT NULL)",
    "CREATE INDEX ratings_effective ON ratings(effective_at)",
    "CREATE INDEX ratings_kiosk_seq ON ratings(kiosk_id, seq)",
    "INSERT INTO schema_version (version, applied_at) VALUES (1, 0)",
};

constexpr int ratingCount = 40;
const QDate ratingDay(2025, 11, 20);
} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dataSurvivesTheUpgrade();

private:
    bool writeVersion1Database(QString *problem);

    std::unique_ptr<TestServer> m_server;
    QString m_token;
};

bool MigrationsTest::writeVersion1Database(QString *problem)
{
    const QString connection = QStringLiteral("version1");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_server->databasePath());
        ok = db.open();
        QSqlQuery query(db);
        const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            if (!ok)
                return;
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
            if (!ok)
                *problem = sql + QStringLiteral(": ") + query.lastError().text();
        };
        for (const char *statement : schemaVersion1)
            exec(QString::fromLatin1(statement));
        exec(QStringLiteral("INSERT INTO units VALUES ('ubnd', 'admin', 'UBND xã')"));
        exec(QStringLiteral("INSERT INTO kiosks (id, unit_id, counter, token_digest) VALUES "
                            "('k-1', 'ubnd', 'Quầy 1', ?)"),
             {hailong::SecretDigest::tokenDigest(m_token)});
        exec(QStringLiteral("INSERT INTO users VALUES ('truong', 'admin', ?)"),
             {hailong::PasswordHash::hash(QStringLiteral("mật khẩu trưởng phòng"))});
        for (int i = 0; i < ratingCount; ++i) {
            const qint64 at =
                QDateTime(ratingDay, QTime(8, i), Qt::OffsetFromUTC, 7 * 3600).toMSecsSinceEpoch();
            // 30 of 40 satisfied; every other one tied to a field.
            const int overall = i < 30 ? 4 + i % 2 : 1 + i % 3;
            const bool tied = i % 2 == 0;
            exec(QStringLiteral(
                     "INSERT INTO ratings VALUES (?, 'k-1', 'ubnd', 'admin', 'default', ?, ?, ?, "
                     "?, '', '', 'Quầy 1', '', 'vi', 'done', 0, ?, '{}', '[]', ?, ?, 25200, ?, ?, "
                     "0, ?)"),
                 {TestRatings::newId(), overall, overall >= 4 ? 1 : 0, tied ? 1 : 0,
                  tied ? QStringLiteral("ho-tich") : QStringLiteral(""),
                  i == 0 ? QStringLiteral("Cán bộ tận tình") : QStringLiteral(""), i + 1, at, at,
                  at, QStringLiteral("fingerprint-%1").arg(i)});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void MigrationsTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    // Keep init's keys and settings; replace its database with a first-schema one.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_server->databasePath() + suffix);
    m_token = QStringLiteral("kiosk-token-from-the-first-release-0123456789");
    QString problem;
    QVERIFY2(writeVersion1Database(&problem), qPrintable(problem));
    QVERIFY(m_server->start());
}

void MigrationsTest::cleanupTestCase()
{
    m_server->stop();
}

void MigrationsTest::dataSurvivesTheUpgrade()
{
    TlsClient staff(m_server->caPath());
    const HttpReply login =
        staff.postJson(m_server->url(QStringLiteral("/api/v1/session")),
                       {{QStringLiteral("user"), QStringLiteral("truong")},
                        {QStringLiteral("password"), QStringLiteral("mật khẩu trưởng phòng")}});
    QCOMPARE(login.status, 200);
    const QByteArray csrf = login.json().value(QLatin1String("csrf")).toString().toUtf8();

    const QJsonObject figures =
        staff
            .get(m_server->url(QStringLiteral("/api/v1/indicators?period=2025-11-01..2025-11-30"
                                              "&rule=calendar")))
            .json();
    QJsonObject adminService, tthc;
    for (const QJsonValue &indicator : figures.value(QLatin1String("indicators")).toArray()) {
        const QString id = indicator.toObject().value(QLatin1String("id")).toString();
        if (id == QLatin1String("admin-service"))
            adminService = indicator.toObject();
        if (id == QLatin1String("tthc"))
            tthc = indicator.toObject();
    }
    QCOMPARE(adminService.value(QLatin1String("n")).toInt(), ratingCount);
    QCOMPARE(adminService.value(QLatin1String("satisfied")).toInt(), 30);
    QCOMPARE(tthc.value(QLatin1String("n")).toInt(), ratingCount / 2);

    const QJsonObject day =
        staff.get(m_server->url(QStringLiteral("/api/v1/daily?date=2025-11-20"))).json();
    QCOMPARE(day.value(QLatin1String("n")).toInt(), ratingCount);
    const QJsonArray comments = day.value(QLatin1String("comments")).toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().toObject().value(QLatin1String("comment")).toString(),
             QStringLiteral("Cán bộ tận tình"));

    const QJsonArray kiosks = staff.get(m_server->url(QStringLiteral("/api/v1/kiosks")))
                                  .json()
                                  .value(QLatin1String("kiosks"))
                                  .toArray();
    QCOMPARE(kiosks.size(), 1);
    QCOMPARE(kiosks.first().toObject().value(QLatin1String("counter")).toString(),
             QStringLiteral("Quầy 1"));

    // The kiosk enrolled before the upgrade still sends ratings with its old token.
    TlsClient kiosk(m_server->caPath());
    const HttpReply sent = kiosk.postJson(
        m_server->url(QStringLiteral("/api/v1/ratings")),
        TestRatings::batch(
            {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1000, 5)}),
        TlsClient::bearer(m_token));
    QCOMPARE(sent.status, 200);
    QCOMPARE(TestRatings::firstStatus(sent.json()), QStringLiteral("accepted"));

    const QString connection = QStringLiteral("upgraded");
    QStringList owners;
    {
        QSqlDatabase db = m_server->openDatabase(connection);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT 'centre ' || id || ' ' || name FROM centres UNION ALL SELECT 'user ' || name "
            "|| ' ' || centre_id FROM users UNION ALL SELECT 'unit ' || id || ' ' || centre_id "
            "FROM units ORDER BY 1")));
        while (query.next())
            owners.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(connection);
    QCOMPARE(owners,
             QStringList({QStringLiteral("centre main Xã Hài Lòng"),
                          QStringLiteral("unit ubnd main"), QStringLiteral("user truong main")}));

    // The upgraded admin still runs the centre: adds a user from the dashboard.
    const HttpReply added =
        staff.postJson(m_server->url(QStringLiteral("/api/v1/users")),
                       {{QStringLiteral("name"), QStringLiteral("lan")},
                        {QStringLiteral("role"), QStringLiteral("viewer")},
                        {QStringLiteral("password"), QStringLiteral("mat-khau-du-dai")}},
                       {{QByteArrayLiteral("X-CSRF-Token"), csrf}});
    QCOMPARE(added.status, 201);
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
