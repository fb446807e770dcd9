// `backup` and `restore`: a backup restored into a fresh folder serves the same indicators and
// exports, and a backup taken while ratings stream in holds every rating it has intact.
#include "TestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hailong::testing;

namespace {
const QString period = QStringLiteral("period=2025-Q4&rule=calendar");

// A report's own creation stamp ("dd/MM/yyyy HH:mm", or generated_at in JSON) is the one
// thing that may differ between two exports of the same figures.
QByteArray withoutCreationStamp(const QByteArray &report)
{
    return QString::fromUtf8(report)
        .replace(QRegularExpression(QStringLiteral("\"generated_at\":\\s*\"[^\"]*\"")),
                 QStringLiteral("\"generated_at\":\"<stamp>\""))
        .replace(QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")),
                 QStringLiteral("<stamp>"))
        .toUtf8();
}

// The cells of an XLSX file (its sheets and shared strings), read with unzip.
QByteArray xlsxCells(const QByteArray &xlsx)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("report.xlsx")));
    if (!file.open(QIODevice::WriteOnly) || file.write(xlsx) != xlsx.size())
        return {};
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), file.fileName(), QStringLiteral("xl/worksheets/*.xml"),
                 QStringLiteral("xl/sharedStrings.xml")});
    unzip.waitForFinished(60'000);
    return unzip.readAllStandardOutput();
}

// Every stored column of every rating, by id.
QMap<QString, QVariantList> ratingRows(const QString &databasePath, const QString &connection)
{
    QMap<QString, QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT * FROM ratings"), db);
            while (query.next()) {
                QVariantList values;
                for (int column = 0; column < query.record().count(); ++column)
                    values.append(query.value(column));
                rows.insert(query.value(0).toString(), values);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

qsizetype ratingCount(const QString &databasePath)
{
    return ratingRows(databasePath, QStringLiteral("count")).size();
}
} // namespace

class BackupRestoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backupIsOneOwnerOnlyArchive();
    void restoredCentreServesIdenticalFiguresAndExports();
    void backupWhileRatingsStreamHoldsEveryRatingIntact();
    void restoreRefusesNonEmptyFolder();

private:
    struct Figures
    {
        QByteArray indicators, csv, json, xlsx;
    };
    Figures figures(TestServer &server, const QString &adminPassword);
    QString backup(const QString &name);

    std::unique_ptr<TestServer> m_original;
    QTemporaryDir m_backups;
    QString m_token;
};

QString BackupRestoreTest::backup(const QString &name)
{
    const QString file = m_backups.filePath(name);
    if (m_original->run({QStringLiteral("backup"), QStringLiteral("--out"), file}) != 0)
        return {};
    return file;
}

BackupRestoreTest::Figures BackupRestoreTest::figures(TestServer &server,
                                                      const QString &adminPassword)
{
    TlsClient staff(server.caPath());
    staff.postJson(server.url(QStringLiteral("/api/v1/session")),
                   {{QStringLiteral("user"), QStringLiteral("admin")},
                    {QStringLiteral("password"), adminPassword}});
    const auto report = [&](const QString &format) {
        const HttpReply reply = staff.get(
            server.url(QStringLiteral("/api/v1/report?%1&format=%2").arg(period, format)));
        return reply.status == 200 ? reply.body : QByteArray();
    };
    const HttpReply indicators =
        staff.get(server.url(QStringLiteral("/api/v1/indicators?") + period));
    return {indicators.status == 200 ? indicators.body : QByteArray(),
            withoutCreationStamp(report(QStringLiteral("csv"))),
            withoutCreationStamp(report(QStringLiteral("json"))),
            withoutCreationStamp(xlsxCells(report(QStringLiteral("xlsx"))))};
}

void BackupRestoreTest::initTestCase()
{
    QVERIFY(m_backups.isValid());
    m_original = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_original->init(), qPrintable(m_original->lastOutput()));
    QVERIFY(m_original->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                                QStringLiteral("UBND xã")));
    QVERIFY(m_original->addUnit(QStringLiteral("tram-y-te"), QStringLiteral("health"),
                                QStringLiteral("Trạm y tế")));
    m_token = m_original->addKiosk(QStringLiteral("k-1"), QStringLiteral("ubnd"),
                                   QStringLiteral("Quầy 1"));
    const QString healthToken =
        m_original->addKiosk(QStringLiteral("k-2"), QStringLiteral("tram-y-te"));
    QVERIFY(!m_token.isEmpty() && !healthToken.isEmpty());
    QVERIFY(m_original->start());

    // A quarter's worth of ratings with fields and comments, from both kinds of unit.
    const QStringList fields{QStringLiteral("ho-tich"), QStringLiteral("dat-dai"),
                             QStringLiteral("chung-thuc")};
    TlsClient kiosk(m_original->caPath());
    for (const QString &token : {m_token, healthToken}) {
        QJsonArray ratings;
        for (int i = 0; i < 90; ++i) {
            QJsonObject rating = TestRatings::rating(
                TestRatings::newId(),
                QDateTime(QDate(2025, 10, 1).addDays(i), QTime(9, i % 60), Qt::UTC), i + 1,
                1 + (i * 7) % 5);
            if (token == m_token)
                rating.insert(QStringLiteral("field"), fields.at(i % fields.size()));
            if (i % 4 == 0)
                rating.insert(QStringLiteral("comment"), QStringLiteral("Góp ý số %1").arg(i));
            ratings.append(rating);
        }
        QCOMPARE(kiosk
                     .postJson(m_original->url(QStringLiteral("/api/v1/ratings")),
                               TestRatings::batch(ratings), TlsClient::bearer(token))
                     .status,
                 200);
    }
}

void BackupRestoreTest::cleanupTestCase()
{
    m_original->stop();
}

void BackupRestoreTest::backupIsOneOwnerOnlyArchive()
{
    const QString file = backup(QStringLiteral("owner-only.tar"));
    QVERIFY2(!file.isEmpty(), qPrintable(m_original->lastOutput()));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), file});
    QVERIFY(tar.waitForFinished(60'000));
    const QStringList members =
        QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected :
         {QStringLiteral("backup.json"), QStringLiteral("hailong.db"), QStringLiteral("ca.pem"),
          QStringLiteral("ca-key.pem"), QStringLiteral("server.pem"),
          QStringLiteral("server-key.pem"), QStringLiteral("secret.key"),
          QStringLiteral("indicators.json"), QStringLiteral("centre.json")})
        QVERIFY2(members.contains(expected), qPrintable(expected));
}

void BackupRestoreTest::restoredCentreServesIdenticalFiguresAndExports()
{
    const Figures before = figures(*m_original, m_original->adminPassword());
    QVERIFY(before.indicators.contains("\"n\":90"));
    QVERIFY(before.csv.size() > 100 && before.json.size() > 100);
    QVERIFY2(before.xlsx.contains("<sheetData"), "unzip could not read the XLSX export");
    const QString file = backup(QStringLiteral("quiet.tar"));
    QVERIFY(!file.isEmpty());

    TestServer restored(QStringLiteral(HAILONG_SERVER_BINARY));
    QCOMPARE(restored.run({QStringLiteral("restore"), QStringLiteral("--from"), file}), 0);
    QVERIFY(restored.start());
    // The admin, the keys and the data all came back: the original password logs in.
    const Figures after = figures(restored, m_original->adminPassword());
    QCOMPARE(after.indicators, before.indicators);
    QCOMPARE(after.csv, before.csv);
    QCOMPARE(after.json, before.json);
    QCOMPARE(after.xlsx, before.xlsx);

    // The restored centre takes ratings from the same kiosks, over the same CA.
    TlsClient kiosk(restored.caPath());
    QCOMPARE(kiosk
                 .postJson(restored.url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch({TestRatings::rating(
                               TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1000, 5)}),
                           TlsClient::bearer(m_token))
                 .status,
             200);
    restored.stop();
}

void BackupRestoreTest::backupWhileRatingsStreamHoldsEveryRatingIntact()
{
    QProcess streamer;
    streamer.start(QStringLiteral(HAILONG_BATCH_STREAMER),
                   {m_original->url(QStringLiteral("/api/v1/ratings")).toString(), m_token,
                    m_original->caPath()});
    QVERIFY(streamer.waitForStarted());
    // Wait until ratings are really flowing before and after the backup.
    const auto waitForAcks = [&streamer](int count) {
        int acked = 0;
        while (acked < count && streamer.waitForReadyRead(60'000)) {
            while (streamer.canReadLine())
                acked += streamer.readLine().startsWith("acked ") ? 1 : 0;
        }
        return acked >= count;
    };
    QVERIFY(waitForAcks(100));
    const qsizetype countBefore = ratingCount(m_original->databasePath());
    const QString file = backup(QStringLiteral("streaming.tar"));
    const qsizetype countAfter = ratingCount(m_original->databasePath());
    QVERIFY(waitForAcks(40));
    streamer.kill();
    streamer.waitForFinished();
    QVERIFY2(!file.isEmpty(), qPrintable(m_original->lastOutput()));
    QVERIFY(countAfter > countBefore);

    TestServer restored(QStringLiteral(HAILONG_SERVER_BINARY));
    QCOMPARE(restored.run({QStringLiteral("restore"), QStringLiteral("--from"), file}), 0);
    const QMap<QString, QVariantList> copy =
        ratingRows(restored.databasePath(), QStringLiteral("restored"));
    const QMap<QString, QVariantList> original =
        ratingRows(m_original->databasePath(), QStringLiteral("original"));
    QVERIFY2(copy.size() >= countBefore && copy.size() <= countAfter,
             qPrintable(QStringLiteral("%1 not in [%2, %3]")
                            .arg(copy.size())
                            .arg(countBefore)
                            .arg(countAfter)));
    for (auto it = copy.cbegin(); it != copy.cend(); ++it)
        QCOMPARE(it.value(), original.value(it.key()));
}

void BackupRestoreTest::restoreRefusesNonEmptyFolder()
{
    const QString file = backup(QStringLiteral("again.tar"));
    QVERIFY(!file.isEmpty());
    const qsizetype countBefore = ratingCount(m_original->databasePath());
    QCOMPARE(m_original->run({QStringLiteral("restore"), QStringLiteral("--from"), file}), 2);
    QCOMPARE(ratingCount(m_original->databasePath()), countBefore);

    TestServer empty(QStringLiteral(HAILONG_SERVER_BINARY));
    QTemporaryDir notABackup;
    QFile junk(notABackup.filePath(QStringLiteral("junk.tar")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not an archive");
    junk.close();
    QVERIFY(empty.run({QStringLiteral("restore"), QStringLiteral("--from"), junk.fileName()}) != 0);
    QVERIFY(QDir(empty.dataDir()).isEmpty());
}

QTEST_GUILESS_MAIN(BackupRestoreTest)
#include "tst_backup_restore.moc"
