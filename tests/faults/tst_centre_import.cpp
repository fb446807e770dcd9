// Moving a standalone commune into a province (`centre import`), against the real server binary
// over real TLS: a commune made with `init`, with units, kiosks, a staff register, a user and
// ratings sent through its HTTPS API, is brought into a province of two centres. The commune's
// figures are the same before and after, for every period with ratings; the province's `admin`
// is kept and the commune's is listed as left out; a run again adds no row; the commune's
// folder is never changed. An id the province has in another centre stops the import with
// exit 2 and the province's database unchanged, row for row (and its data folder byte for byte,
// the SQLite file with it). A commune still at the first schema comes in through a migrated
// copy, its file left at version 1. The province on SQLite and on PostgreSQL. Then the
// commune's kiosk, its token, client certificate and pinned CA unchanged, sends ratings to the
// province's server (serve --mutual-tls) with the kiosk's own SyncClient.
#include "TappedRatings.h"
#include "TestServer.h"
#include "sync/KioskStatus.h"
#include "sync/RatingOutbox.h"
#include "sync/ServerEndpoint.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
// Only to stop a hung server from hanging the suite; never a performance bound.
constexpr int givingUpMs = 60'000;

QString printed(const QString &output, const QString &name)
{
    return QRegularExpression(QStringLiteral("^%1: (\\S+)$").arg(name),
                              QRegularExpression::MultilineOption)
        .match(output)
        .captured(1);
}

// The first released schema (as tst_migrations keeps it): a commune that never upgraded.
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
    "INSERT INTO schema_version (version, applied_at) VALUES (1, 0)",
    "INSERT INTO units VALUES ('ubnd-cu', 'admin', 'UBND xã Cũ')",
    "INSERT INTO kiosks (id, unit_id, counter, token_digest) VALUES ('k-cu', 'ubnd-cu', "
    "'Quầy 1', 'digest-of-the-old-kiosk-token')",
    "INSERT INTO users VALUES ('truong', 'admin', 'hash-of-a-password')",
};

// A commune's database at schema version 1 in place of the one `init` made, holding
// `ratings` ratings on 20 Nov 2025, 3 of 4 satisfied.
bool writeVersion1Database(const QString &path, int ratings, QString *problem)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QString connection = QStringLiteral("version1");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
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
            exec(QString::fromUtf8(statement));
        for (int i = 0; i < ratings; ++i) {
            const qint64 at =
                QDateTime(QDate(2025, 11, 20), QTime(8, i), Qt::OffsetFromUTC, 7 * 3600)
                    .toMSecsSinceEpoch();
            const int overall = i % 4 == 0 ? 2 : 5;
            exec(QStringLiteral(
                     "INSERT INTO ratings VALUES (?, 'k-cu', 'ubnd-cu', 'admin', 'default', ?, ?, "
                     "0, '', '', '', 'Quầy 1', '', 'vi', 'done', 0, '', '{}', '[]', ?, ?, 25200, "
                     "?, ?, 0, ?)"),
                 {TestRatings::newId(), overall, overall >= 4 ? 1 : 0, i + 1, at, at, at,
                  QStringLiteral("fingerprint-%1").arg(i)});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// `init` for a standalone commune, which keeps its data in SQLite whichever database the
// province uses.
bool initCommune(TestServer &commune)
{
    const QByteArray provinceDb = qgetenv("HAILONG_TEST_DB");
    qunsetenv("HAILONG_TEST_DB");
    const bool made = commune.init();
    if (!provinceDb.isEmpty())
        qputenv("HAILONG_TEST_DB", provinceDb);
    return made;
}

// Every file of a folder and its SHA-256, by path.
QMap<QString, QByteArray> fileDigests(const QString &folder)
{
    QMap<QString, QByteArray> digests;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            digests.insert(file.fileName(),
                           QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return digests;
}
} // namespace

class CentreImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theCommuneComesInWithTheSameFigures();
    void aRunAgainAddsNothing();
    void anIdOfAnotherCentreChangesNothing();
    void anOldSchemaIsMigratedInACopy();
    void aBackupKeepsWhatTheKiosksNeed();
    void theCommunesKioskSendsToTheProvince();

private:
    int import(const QString &from, const QString &centre);
    // A query's rows, columns joined by "|", in the province's database.
    QStringList rows(const QString &sql) const;
    // Every row of every table of the province, sorted within its table.
    QStringList everyRow() const;
    void send(const QString &token, const QDateTime &at, int overall, const QString &comment);

    std::unique_ptr<TestServer> m_commune;
    std::unique_ptr<TestServer> m_province;
    QTemporaryDir m_kioskDir;
    QString m_output;
    QString m_token1;
    QString m_certificate1;
    QString m_key1;
    QString m_token2;
    qint64 m_seq = 0;
    int m_sent = 0;
    int m_comments = 0;
    QMap<QString, QByteArray> m_communeFiles;
};

void CentreImportTest::initTestCase()
{
    m_commune = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(initCommune(*m_commune), qPrintable(m_commune->lastOutput()));
    const QString centreJson = QDir(m_commune->dataDir()).filePath(QStringLiteral("centre.json"));
    QFile centre(centreJson);
    QVERIFY(centre.open(QIODevice::ReadOnly));
    QJsonObject settings = QJsonDocument::fromJson(centre.readAll()).object();
    centre.close();
    settings.insert(QStringLiteral("name"), QStringLiteral("Xã Một"));
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(QJsonDocument(settings).toJson());
    centre.close();

    QVERIFY(m_commune->addUnit(QStringLiteral("ubnd-mot"), QStringLiteral("admin"),
                               QStringLiteral("UBND xã Một")));
    QVERIFY(m_commune->addUnit(QStringLiteral("mot-cua"), QStringLiteral("admin"),
                               QStringLiteral("Bộ phận một cửa")));
    QCOMPARE(m_commune->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-1"),
                             QStringLiteral("--unit"), QStringLiteral("ubnd-mot"),
                             QStringLiteral("--client-cert")}),
             0);
    m_token1 = printed(m_commune->lastOutput(), QStringLiteral("token"));
    m_certificate1 = printed(m_commune->lastOutput(), QStringLiteral("client-cert"));
    m_key1 = printed(m_commune->lastOutput(), QStringLiteral("client-key"));
    QVERIFY(!m_token1.isEmpty() && !m_certificate1.isEmpty() && !m_key1.isEmpty());
    m_token2 = m_commune->addKiosk(QStringLiteral("k-2"), QStringLiteral("mot-cua"));
    QVERIFY(!m_token2.isEmpty());
    QCOMPARE(m_commune->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("NV1"),
                             QStringLiteral("--name"), QStringLiteral("Lan"),
                             QStringLiteral("--unit"), QStringLiteral("ubnd-mot")}),
             0);
    QVERIFY(m_commune->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                               QStringLiteral("mat-khau-du-dai")));

    // Ratings spread over more than a year, so that quarters, halves and years of both rules
    // hold some, through the commune's own HTTPS API.
    QVERIFY(m_commune->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i)
        send(i % 3 == 0 ? m_token2 : m_token1, now.addDays(-i * 11 - 1), 1 + i % 5,
             i % 7 == 0 ? QStringLiteral("Chờ lâu quá") : QString());
    m_commune->stop();

    m_province = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_province->init({QStringLiteral("--centre"), QStringLiteral("tinh")}),
             qPrintable(m_province->lastOutput()));
    QCOMPARE(
        m_province->run({QStringLiteral("centre"), QStringLiteral("add"), QStringLiteral("xa-khac"),
                         QStringLiteral("--name"), QStringLiteral("Xã Khác")}),
        0);
    QCOMPARE(
        m_province->run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("ubnd-khac"),
                         QStringLiteral("--kind"), QStringLiteral("admin"),
                         QStringLiteral("--name"), QStringLiteral("UBND xã Khác"),
                         QStringLiteral("--centre"), QStringLiteral("xa-khac")}),
        0);
    m_communeFiles = fileDigests(m_commune->dataDir());
}

void CentreImportTest::cleanupTestCase()
{
    m_province.reset();
    m_commune.reset();
}

void CentreImportTest::send(const QString &token, const QDateTime &at, int overall,
                            const QString &comment)
{
    QJsonObject rating = TestRatings::rating(TestRatings::newId(), at, ++m_seq, overall);
    rating.insert(QStringLiteral("field"), QStringLiteral("ho-tich"));
    if (token == m_token1)
        rating.insert(QStringLiteral("staff"), QStringLiteral("NV1"));
    if (!comment.isEmpty())
        rating.insert(QStringLiteral("comment"), comment);
    TlsClient client(m_commune->caPath());
    const HttpReply reply = client.postJson(m_commune->url(QStringLiteral("/api/v1/ratings")),
                                            TestRatings::batch({rating}), TlsClient::bearer(token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(TestRatings::firstStatus(reply.json()), QStringLiteral("accepted"));
    ++m_sent;
    m_comments += comment.isEmpty() && overall > 2 ? 0 : 1;
}

int CentreImportTest::import(const QString &from, const QString &centre)
{
    const int exit =
        m_province->run({QStringLiteral("centre"), QStringLiteral("import"),
                         QStringLiteral("--from"), from, QStringLiteral("--centre"), centre});
    m_output = m_province->lastOutput();
    return exit;
}

QStringList CentreImportTest::rows(const QString &sql) const
{
    const QString name = QStringLiteral("rows-") + QUuid::createUuid().toString();
    QStringList all;
    {
        QSqlDatabase db = m_province->openDatabase(name);
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            all.append(columns.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return all;
}

QStringList CentreImportTest::everyRow() const
{
    QStringList all;
    const QString tables =
        TestServer::usesPostgres()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = current_schema() ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const QString &table : rows(tables)) {
        QStringList tableRows = rows(QStringLiteral("SELECT * FROM %1").arg(table));
        tableRows.sort();
        for (const QString &row : tableRows)
            all.append(table + QLatin1Char(':') + row);
    }
    return all;
}

void CentreImportTest::theCommuneComesInWithTheSameFigures()
{
    QCOMPARE(import(m_commune->dataDir(), QStringLiteral("xa-mot")), 0);
    QVERIFY2(m_output.contains(QStringLiteral("centre: xa-mot Xã Một (new)")),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QLatin1String("users left out (the province has these names): "
                                             "admin\n")),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QLatin1String("figures: equal")), qPrintable(m_output));
    QVERIFY(!m_output.contains(QLatin1String("DIFFERENT")));
    // Quarters, halves and years under both rules, each with its n.
    for (const QString &kind : {QStringLiteral("-Q"), QStringLiteral("-H")})
        for (const QString &rule : {QStringLiteral("nd09"), QStringLiteral("calendar")})
            QVERIFY2(QRegularExpression(QStringLiteral("^figures %1 \\d{4}%2\\d admin-service: "
                                                       "before n=[1-9]\\d* ")
                                            .arg(rule, kind),
                                        QRegularExpression::MultilineOption)
                         .match(m_output)
                         .hasMatch(),
                     qPrintable(m_output));
    // Every rating of the commune counts once over its years.
    qint64 counted = 0;
    const QRegularExpression years(
        QStringLiteral("^figures nd09 \\d{4} admin-service: before n=(\\d+) rate=\\S+, after "
                       "n=(\\d+) "),
        QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = years.globalMatch(m_output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QCOMPARE(match.captured(1), match.captured(2));
        counted += match.captured(1).toLongLong();
    }
    QCOMPARE(counted, qint64(m_sent));

    QCOMPARE(rows(QStringLiteral("SELECT centre_id, COUNT(*) FROM ratings GROUP BY centre_id")),
             QStringList{QStringLiteral("xa-mot|%1").arg(m_sent)});
    QCOMPARE(rows(QStringLiteral("SELECT id, centre_id FROM units ORDER BY id")),
             (QStringList{QStringLiteral("mot-cua|xa-mot"), QStringLiteral("ubnd-khac|xa-khac"),
                          QStringLiteral("ubnd-mot|xa-mot")}));
    QCOMPARE(rows(QStringLiteral("SELECT k.id, COUNT(c.kiosk_id) FROM kiosks k LEFT JOIN "
                                 "kiosk_certificates c ON c.kiosk_id = k.id GROUP BY k.id ORDER "
                                 "BY k.id")),
             (QStringList{QStringLiteral("k-1|1"), QStringLiteral("k-2|0")}));
    QCOMPARE(rows(QStringLiteral("SELECT name, centre_id FROM users ORDER BY name")),
             (QStringList{QStringLiteral("admin|tinh"), QStringLiteral("lan|xa-mot")}));
    QCOMPARE(rows(QStringLiteral("SELECT code, centre_id FROM staff")),
             QStringList{QStringLiteral("NV1|xa-mot")});
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM cases WHERE centre_id = 'xa-mot'")),
             QStringList{QString::number(m_comments)});
    // The commune's audit log is the centre's now, with the import itself.
    QCOMPARE(rows(QStringLiteral("SELECT event, COUNT(*) FROM audit_log WHERE centre_id = "
                                 "'xa-mot' AND event IN ('unit-add', 'kiosk-add', 'user-add', "
                                 "'centre-import') GROUP BY event ORDER BY event")),
             (QStringList{QStringLiteral("centre-import|1"), QStringLiteral("kiosk-add|2"),
                          QStringLiteral("unit-add|2"), QStringLiteral("user-add|1")}));
    QCOMPARE(fileDigests(m_commune->dataDir()), m_communeFiles);
}

void CentreImportTest::aRunAgainAddsNothing()
{
    const QStringList before = everyRow();
    const QString firstFigures = m_output.section(QLatin1String("\nfigures "), 1, -1);
    QCOMPARE(import(m_commune->dataDir(), QStringLiteral("xa-mot")), 0);
    QVERIFY2(m_output.contains(QStringLiteral("centre: xa-mot Xã Một (there already)")),
             qPrintable(m_output));
    QVERIFY(
        !QRegularExpression(QStringLiteral(" [1-9]\\d* new$"), QRegularExpression::MultilineOption)
             .match(m_output)
             .hasMatch());
    QCOMPARE(m_output.section(QLatin1String("\nfigures "), 1, -1), firstFigures);
    QCOMPARE(everyRow(), before);
    QCOMPARE(fileDigests(m_commune->dataDir()), m_communeFiles);
}

void CentreImportTest::anIdOfAnotherCentreChangesNothing()
{
    TestServer other(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(initCommune(other), qPrintable(other.lastOutput()));
    QVERIFY(other.addUnit(QStringLiteral("ubnd-khac"), QStringLiteral("admin"),
                          QStringLiteral("UBND")));
    QVERIFY(!other.addKiosk(QStringLiteral("k-2"), QStringLiteral("ubnd-khac")).isEmpty());
    // A commune left out: its kiosks must not reach the province.
    QVERIFY(QFile::copy(other.caPath(), m_kioskDir.filePath(QStringLiteral("stranger-ca.pem"))));
    const QStringList before = everyRow();
    const QMap<QString, QByteArray> files = fileDigests(m_province->dataDir());

    QCOMPARE(import(other.dataDir(), QStringLiteral("xa-hai")), 2);
    QVERIFY2(m_output.contains(QLatin1String("unit ubnd-khac (xa-khac)")), qPrintable(m_output));
    QVERIFY2(m_output.contains(QLatin1String("kiosk k-2 (xa-mot)")), qPrintable(m_output));
    QCOMPARE(everyRow(), before);
    QCOMPARE(fileDigests(m_province->dataDir()), files);
}

void CentreImportTest::anOldSchemaIsMigratedInACopy()
{
    TestServer old(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(initCommune(old), qPrintable(old.lastOutput()));
    QString problem;
    QVERIFY2(writeVersion1Database(old.databasePath(), 12, &problem), qPrintable(problem));
    const QMap<QString, QByteArray> files = fileDigests(old.dataDir());

    QCOMPARE(import(old.dataDir(), QStringLiteral("xa-cu")), 0);
    QVERIFY2(m_output.contains(QLatin1String("ratings: 12 in the commune, 12 new")),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QLatin1String("figures nd09 2025-Q4 admin-service: before n=12 "
                                             "rate=75.000000, after n=12 rate=75.000000, same")),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QLatin1String("figures: equal")), qPrintable(m_output));
    QCOMPARE(rows(QStringLiteral("SELECT name, centre_id FROM users WHERE name = 'truong'")),
             QStringList{QStringLiteral("truong|xa-cu")});
    // The commune's file is still at version 1: only a copy was migrated.
    QCOMPARE(fileDigests(old.dataDir()), files);
    // Its CA, for a client that pins it as its kiosks do (the second link of the chain).
    QVERIFY(QFile::copy(old.caPath(), m_kioskDir.filePath(QStringLiteral("xa-cu-ca.pem"))));
}

void CentreImportTest::aBackupKeepsWhatTheKiosksNeed()
{
    if (TestServer::usesPostgres())
        QSKIP("a PostgreSQL database is backed up with pg_dump, not `backup`");
    const QString archive = m_kioskDir.filePath(QStringLiteral("province.tar"));
    QCOMPARE(m_province->run({QStringLiteral("backup"), QStringLiteral("--out"), archive}), 0);
    const QString restored = m_kioskDir.filePath(QStringLiteral("restored"));
    QProcess restore;
    restore.start(QStringLiteral(HAILONG_SERVER_BINARY),
                  {QStringLiteral("restore"), QStringLiteral("--data"), restored,
                   QStringLiteral("--from"), archive});
    QVERIFY(restore.waitForFinished(givingUpMs));
    QCOMPARE(restore.exitCode(), 0);
    const QMap<QString, QByteArray> kept = fileDigests(m_province->dataDir());
    const QMap<QString, QByteArray> back = fileDigests(restored);
    for (const QString &file :
         {QStringLiteral("server-chain.pem"), QStringLiteral("centres/xa-mot/ca.pem"),
          QStringLiteral("centres/xa-cu/ca.pem")}) {
        const QString original = QDir(m_province->dataDir()).filePath(file);
        QVERIFY2(kept.contains(original), qPrintable(file));
        QCOMPARE(back.value(QDir(restored).filePath(file)), kept.value(original));
    }
}

void CentreImportTest::theCommunesKioskSendsToTheProvince()
{
    QVERIFY(m_province->start({QStringLiteral("--mutual-tls")}));
    const QString url = m_province->url({}).toString();
    const QString tokenFile = m_kioskDir.filePath(QStringLiteral("k-1.token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_token1.toUtf8() + '\n');
    }
    // Exactly the kiosk's files from its enrolment at the commune: token, client certificate
    // and the commune's CA it pins.
    const auto endpoint = ServerEndpoint::fromFiles(QUrl(url), tokenFile, m_commune->caPath(),
                                                    m_certificate1, m_key1);
    QVERIFY(endpoint);
    RatingOutbox outbox(m_kioskDir.filePath(QStringLiteral("k-1.sqlite")));
    for (int seq = 1001; seq <= 1003; ++seq)
        QVERIFY(outbox.seal(tappedRating(seq, 5)));
    QNetworkAccessManager network;
    KioskStatus status(outbox, url);
    SyncClient client(outbox, endpoint.value(), &network, &status, quickRetries());
    QSignalSpy drained(&client, &SyncClient::drained);
    client.start();
    QVERIFY(drained.wait(givingUpMs));
    QCOMPARE(outbox.queuedCount(), 0);
    QCOMPARE(outbox.deadLetterCount(), 0);
    QCOMPARE(rows(QStringLiteral("SELECT centre_id, COUNT(*) FROM ratings WHERE kiosk_id = 'k-1' "
                                 "AND seq > 1000 GROUP BY centre_id")),
             QStringList{QStringLiteral("xa-mot|3")});

    // The province's own clients, pinned to its CA, still reach it; so does a client pinned to
    // the CA of the commune moved in second, through both cross certificates.
    TlsClient provinceClient(m_province->caPath());
    QCOMPARE(provinceClient.get(m_province->url(QStringLiteral("/healthz"))).status, 200);
    TlsClient secondCommune(m_kioskDir.filePath(QStringLiteral("xa-cu-ca.pem")));
    QCOMPARE(secondCommune.get(m_province->url(QStringLiteral("/healthz"))).status, 200);
    // A client pinned to a CA the province never took in is refused.
    TlsClient stranger(m_kioskDir.filePath(QStringLiteral("stranger-ca.pem")));
    QCOMPARE(stranger.get(m_province->url(QStringLiteral("/healthz"))).status, 0);
}

QTEST_MAIN(CentreImportTest)
#include "tst_centre_import.moc"
