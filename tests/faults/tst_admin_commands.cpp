// What the admin commands write and take, run as an operator would with a permissive umask
// (022): every file `init`, `serve` and `restore` leave in the data folder is the owner's alone
// (files 0600, folders 0700 — the database's -wal and -shm too), also in a folder that
// existed before with 0755; ids of units, kiosks and users that are not plain (a '/', a space,
// diacritics, upper case) are refused with exit 2 and nothing stored, as is a password, a
// blank name, an unknown unit or a duplicate the dashboard would refuse; what the commands
// change is audited as the dashboard's changes are, by "cli". A centre's survey file is
// checked before it is kept: a fault names its JSON path, exits 2 and keeps nothing.
#include "TestServer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace hailong::testing;

namespace {
// Every entry under `folder` (itself included) whose mode is not owner-only: "path mode".
QStringList notPrivate(const QString &folder)
{
    QStringList found;
    const auto check = [&found](const QString &path) {
        struct stat status
        {
        };
        if (::lstat(path.toLocal8Bit().constData(), &status) != 0 || S_ISLNK(status.st_mode))
            return;
        const mode_t mode = status.st_mode & 07777;
        const mode_t expected = S_ISDIR(status.st_mode) ? 0700 : 0600;
        if (mode != expected)
            found.append(QStringLiteral("%1 %2").arg(path).arg(mode, 4, 8, QLatin1Char('0')));
    };
    check(folder);
    QDirIterator entries(folder,
                         QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (entries.hasNext())
        check(entries.next());
    return found;
}
} // namespace

class AdminCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void initLeavesEveryFileToItsOwner();
    void servingKeepsTheFolderPrivate();
    void restoreLeavesEveryFileToItsOwner();
    void idsThatAreNotPlainAreRefused_data();
    void idsThatAreNotPlainAreRefused();
    void weakPasswordIsRefused();
    void whatTheDashboardRefusesIsRefused_data();
    void whatTheDashboardRefusesIsRefused();
    void changesAreAuditedByTheCommandLine();
    void mistakesAreUndoneByTheCommandLine();
    void surveyFileIsCheckedBeforeItIsKept_data();
    void surveyFileIsCheckedBeforeItIsKept();
    void unitsShowTheSurveyOfTheirKindOrTheirOwn();
    void initNamesTheFirstCentre();
    void centresAreAddedOnceAndMustBeNamedWhenSeveral();

private:
    QString count(const QString &table) const;
    // The rows of a query, columns joined by spaces.
    QStringList rows(const QString &sql) const;

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_scratch;
    mode_t m_umask = 0;
};

void AdminCommandsTest::initTestCase()
{
    // The commands inherit this umask: any file they do not make private would be 0644.
    m_umask = ::umask(022);
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    // A folder made beforehand, readable by all, as `mkdir` leaves it.
    QVERIFY(QFile::setPermissions(m_server->dataDir(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã")));
}

void AdminCommandsTest::cleanupTestCase()
{
    m_server.reset();
    ::umask(m_umask);
}

QString AdminCommandsTest::count(const QString &table) const
{
    const QString name = QStringLiteral("admin-commands");
    QString result;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList AdminCommandsTest::rows(const QString &sql) const
{
    const QString name = QStringLiteral("admin-commands-rows");
    QStringList result;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        if (query.exec(sql)) {
            while (query.next()) {
                QStringList columns;
                for (int i = 0; i < query.record().count(); ++i)
                    columns.append(query.value(i).toString());
                result.append(columns.join(QLatin1Char(' ')));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void AdminCommandsTest::initLeavesEveryFileToItsOwner()
{
    QVERIFY(QFileInfo::exists(m_server->databasePath()));
    QVERIFY(QFileInfo::exists(QDir(m_server->dataDir()).filePath(QStringLiteral("ca-key.pem"))));
    const QStringList open = notPrivate(m_server->dataDir());
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
}

// serve writes the database, its -wal and -shm; and it tightens a folder an older version left
// open (here the database loosened by hand).
void AdminCommandsTest::servingKeepsTheFolderPrivate()
{
    QVERIFY(QFile::setPermissions(m_server->databasePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(m_server->start());
    const QString token =
        m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("1"));
    TlsClient kiosk(m_server->caPath());
    const HttpReply stored = kiosk.postJson(
        m_server->url(QStringLiteral("/api/v1/ratings")),
        TestRatings::batch(
            {TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), 1, 5)}),
        TlsClient::bearer(token));
    QCOMPARE(stored.status, 200);
    QVERIFY(QFileInfo::exists(m_server->databasePath() + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(m_server->databasePath() + QStringLiteral("-shm")));
    const QStringList open = notPrivate(m_server->dataDir());
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    m_server->stop();
}

void AdminCommandsTest::restoreLeavesEveryFileToItsOwner()
{
    const QString archive = m_scratch.filePath(QStringLiteral("backup.tar"));
    QCOMPARE(m_server->run({QStringLiteral("backup"), QStringLiteral("--out"), archive}), 0);
    const QString restored = m_scratch.filePath(QStringLiteral("restored"));
    QVERIFY(QDir().mkpath(restored));
    QVERIFY(QFile::setPermissions(restored, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther));
    QProcess restore;
    restore.setProcessChannelMode(QProcess::MergedChannels);
    restore.start(QStringLiteral(HAILONG_SERVER_BINARY),
                  {QStringLiteral("restore"), QStringLiteral("--data"), restored,
                   QStringLiteral("--from"), archive});
    QVERIFY(restore.waitForFinished(60'000));
    QVERIFY2(restore.exitCode() == 0, restore.readAll().constData());
    QVERIFY(QFileInfo::exists(QDir(restored).filePath(QStringLiteral("hailong.db"))));
    const QStringList open = notPrivate(restored);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
}

void AdminCommandsTest::idsThatAreNotPlainAreRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("table");

    const QString unit = QStringLiteral("unit");
    const QString kiosk = QStringLiteral("kiosk");
    const QString user = QStringLiteral("user");
    const QString add = QStringLiteral("add");
    const QStringList unitTail{QStringLiteral("--kind"), QStringLiteral("admin"),
                               QStringLiteral("--name"), QStringLiteral("Đơn vị")};
    const QStringList kioskTail{QStringLiteral("--unit"), QStringLiteral("ubnd")};
    const QStringList userTail{QStringLiteral("--role"), QStringLiteral("viewer")};
    QTest::newRow("kiosk with a slash")
        << (QStringList{kiosk, add, QStringLiteral("quay/1")} + kioskTail) << "kiosks";
    QTest::newRow("kiosk with a space")
        << (QStringList{kiosk, add, QStringLiteral("quay 1")} + kioskTail) << "kiosks";
    QTest::newRow("kiosk in upper case")
        << (QStringList{kiosk, add, QStringLiteral("Quay-1")} + kioskTail) << "kiosks";
    QTest::newRow("kiosk starting with a dot")
        << (QStringList{kiosk, add, QStringLiteral(".quay")} + kioskTail) << "kiosks";
    QTest::newRow("kiosk of 65 characters")
        << (QStringList{kiosk, add, QString(65, QLatin1Char('k'))} + kioskTail) << "kiosks";
    QTest::newRow("unit with diacritics")
        << (QStringList{unit, add, QStringLiteral("ubnd-xã")} + unitTail) << "units";
    QTest::newRow("unit with a percent")
        << (QStringList{unit, add, QStringLiteral("ubnd%2F")} + unitTail) << "units";
    QTest::newRow("user with a space")
        << (QStringList{user, add, QStringLiteral("nguyen van a")} + userTail) << "users";
    QTest::newRow("user with a slash")
        << (QStringList{user, add, QStringLiteral("lan/2")} + userTail) << "users";
}

void AdminCommandsTest::idsThatAreNotPlainAreRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, table);
    const QString before = count(table);
    QCOMPARE(m_server->run(command, "mat-khau-du-dai\n"), 2);
    QVERIFY2(m_server->lastOutput().contains(QLatin1String("not valid")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(count(table), before);
}

// The dashboard wants at least ten characters: so does the command line.
void AdminCommandsTest::weakPasswordIsRefused()
{
    const QString before = count(QStringLiteral("users"));
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                            QStringLiteral("--role"), QStringLiteral("viewer")},
                           "ngan\n"),
             2);
    QCOMPARE(count(QStringLiteral("users")), before);
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Lan.2"),
                            QStringLiteral("--role"), QStringLiteral("viewer")},
                           "mat-khau-du-dai\n"),
             0);
}

void AdminCommandsTest::whatTheDashboardRefusesIsRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("said");

    const QString add = QStringLiteral("add");
    QTest::newRow("unit with a blank name")
        << QStringList{QStringLiteral("unit"),   add,
                       QStringLiteral("tram"),   QStringLiteral("--kind"),
                       QStringLiteral("health"), QStringLiteral("--name"),
                       QStringLiteral("   ")}
        << "units"
        << "--name";
    QTest::newRow("kiosk at a blank counter")
        << QStringList{QStringLiteral("kiosk"),   add,
                       QStringLiteral("k-blank"), QStringLiteral("--unit"),
                       QStringLiteral("ubnd"),    QStringLiteral("--counter"),
                       QStringLiteral(" ")}
        << "kiosks"
        << "--counter";
    QTest::newRow("kiosk of an unknown unit")
        << QStringList{QStringLiteral("kiosk"), add, QStringLiteral("k-lost"),
                       QStringLiteral("--unit"), QStringLiteral("nowhere")}
        << "kiosks"
        << "does not exist";
    QTest::newRow("unit twice") << QStringList{QStringLiteral("unit"),  add,
                                               QStringLiteral("ubnd"),  QStringLiteral("--kind"),
                                               QStringLiteral("admin"), QStringLiteral("--name"),
                                               QStringLiteral("UBND")}
                                << "units"
                                << "already exists";
    QTest::newRow("unit with an unknown survey")
        << QStringList{QStringLiteral("unit"),    add,
                       QStringLiteral("tram-2"),  QStringLiteral("--kind"),
                       QStringLiteral("health"),  QStringLiteral("--name"),
                       QStringLiteral("Trạm"),    QStringLiteral("--survey"),
                       QStringLiteral("khong-co")}
        << "units"
        << "no survey \"khong-co\"";
    QTest::newRow("kiosk with an unknown survey")
        << QStringList{QStringLiteral("kiosk"),   add,
                       QStringLiteral("k-sv"),    QStringLiteral("--unit"),
                       QStringLiteral("ubnd"),    QStringLiteral("--survey"),
                       QStringLiteral("khong-co")}
        << "kiosks"
        << "no survey \"khong-co\"";
    QTest::newRow("user twice") << QStringList{QStringLiteral("user"), add, QStringLiteral("Lan.2"),
                                               QStringLiteral("--role"), QStringLiteral("admin")}
                                << "users"
                                << "already exists";
    QTest::newRow("unit a kiosk names removed")
        << QStringList{QStringLiteral("unit"), QStringLiteral("remove"), QStringLiteral("ubnd")}
        << "units"
        << "has kiosks or ratings";
    QTest::newRow("unknown user enabled")
        << QStringList{QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("ai-do")}
        << "users"
        << "no user";
}

void AdminCommandsTest::whatTheDashboardRefusesIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, table);
    QFETCH(QString, said);
    const QString before = count(table);
    QCOMPARE(m_server->run(command, "mat-khau-du-dai\n"), 2);
    QVERIFY2(m_server->lastOutput().contains(said), qPrintable(m_server->lastOutput()));
    QCOMPARE(count(table), before);
}

// One entry per change, as the dashboard writes it, with "cli" as the actor.
void AdminCommandsTest::changesAreAuditedByTheCommandLine()
{
    QCOMPARE(m_server->run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("tyt"),
                            QStringLiteral("--kind"), QStringLiteral("health"),
                            QStringLiteral("--name"), QStringLiteral("Trạm y tế")}),
             0);
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-tyt"),
                            QStringLiteral("--unit"), QStringLiteral("tyt")}),
             0);
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-tyt"),
                            QStringLiteral("--unit"), QStringLiteral("tyt")}),
             2);
    QCOMPARE(
        m_server->run({QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("k-tyt")}),
        0);
    QCOMPARE(m_server->run(
                 {QStringLiteral("kiosk"), QStringLiteral("revoke"), QStringLiteral("k-none")}),
             2);
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hoa"),
                            QStringLiteral("--role"), QStringLiteral("manager")},
                           "mat-khau-du-dai\n"),
             0);
    const QString name = QStringLiteral("admin-commands-audit");
    QStringList entries;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT event, actor, detail, address FROM audit_log "
                                          "WHERE detail IN ('tyt', 'k-tyt', 'k-none', 'hoa') "
                                          "ORDER BY rowid")));
        while (query.next())
            entries.append(QStringLiteral("%1 %2 %3 [%4]")
                               .arg(query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString()));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(entries, QStringList({QStringLiteral("unit-add cli tyt []"),
                                   QStringLiteral("kiosk-add cli k-tyt []"),
                                   QStringLiteral("kiosk-revoke cli k-tyt []"),
                                   QStringLiteral("user-add cli hoa []")}));
}

// A unit added by mistake is renamed or removed and a forgotten password set again, under the
// dashboard's rules and audited with "cli" as the actor.
void AdminCommandsTest::mistakesAreUndoneByTheCommandLine()
{
    QCOMPARE(m_server->run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("nham"),
                            QStringLiteral("--kind"), QStringLiteral("admin"),
                            QStringLiteral("--name"), QStringLiteral("Nhầm")}),
             0);
    QCOMPARE(
        m_server->run({QStringLiteral("unit"), QStringLiteral("rename"), QStringLiteral("nham"),
                       QStringLiteral("--name"), QStringLiteral("  ")}),
        2);
    QCOMPARE(
        m_server->run({QStringLiteral("unit"), QStringLiteral("rename"), QStringLiteral("nham"),
                       QStringLiteral("--name"), QStringLiteral("Bộ phận Tư pháp")}),
        0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("Bộ phận Tư pháp")));
    const QString units = count(QStringLiteral("units"));
    QCOMPARE(
        m_server->run({QStringLiteral("unit"), QStringLiteral("remove"), QStringLiteral("nham")}),
        0);
    QCOMPARE(count(QStringLiteral("units")), QString::number(units.toInt() - 1));
    QCOMPARE(
        m_server->run({QStringLiteral("unit"), QStringLiteral("remove"), QStringLiteral("nham")}),
        2);

    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tam"),
                            QStringLiteral("--role"), QStringLiteral("viewer")},
                           "mat-khau-du-dai\n"),
             0);
    QCOMPARE(
        m_server->run({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("tam")},
                      "ngan\n"),
        2);
    QCOMPARE(
        m_server->run({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("tam")},
                      "mat-khau-moi-du-dai\n"),
        0);
    QCOMPARE(
        m_server->run({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("tam")}),
        0);

    const QString name = QStringLiteral("admin-commands-undo");
    QStringList entries;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT event, actor, detail FROM audit_log "
                                          "WHERE detail IN ('nham', 'tam') ORDER BY rowid")));
        while (query.next())
            entries.append(QStringLiteral("%1 %2 %3")
                               .arg(query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString()));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(
        entries,
        QStringList({QStringLiteral("unit-add cli nham"), QStringLiteral("unit-rename cli nham"),
                     QStringLiteral("unit-remove cli nham"), QStringLiteral("user-add cli tam"),
                     QStringLiteral("user-password-reset cli tam"),
                     QStringLiteral("user-enable cli tam")}));
}

namespace {
const char oneStopSurvey[] = R"({"id": "mot-cua", "source": "phiếu một cửa",
  "title": {"vi": "Ông/Bà đánh giá thế nào về sự phục vụ hôm nay?", "en": "How was it?"},
  "levels": [{"value": 1, "label": {"vi": "Không hài lòng"}},
             {"value": 2, "label": {"vi": "Hài lòng"}},
             {"value": 3, "label": {"vi": "Rất hài lòng"}}],
  "satisfied": [2, 3],
  "reasons": [{"code": "cho-lau", "label": {"vi": "Chờ lâu"}},
              {"code": "nhanh", "label": {"vi": "Nhanh"}, "positive": true}]})";
} // namespace

void AdminCommandsTest::surveyFileIsCheckedBeforeItIsKept_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("said");
    QByteArray missingVi(oneStopSurvey);
    missingVi.replace(R"(]})", R"(, {"code": "khac", "label": {"en": "Other"}}]})");
    QTest::newRow("a reason without Vietnamese") << missingVi << "$.reasons[2].label.vi: missing";
    QTest::newRow("not JSON") << QByteArray("{\"id\": \"mot-cua\",") << "$: not valid JSON";
    QByteArray builtIn(oneStopSurvey);
    builtIn.replace("\"mot-cua\"", "\"y-te\"");
    QTest::newRow("a built-in id") << builtIn << "$.id: \"y-te\" is a built-in survey";
    QByteArray badLevel(oneStopSurvey);
    badLevel.replace("\"value\": 2", "\"value\": \"2\"");
    QTest::newRow("a level that is a text") << badLevel << "$.levels[1].value:";
}

void AdminCommandsTest::surveyFileIsCheckedBeforeItIsKept()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, said);
    const QString path = m_scratch.filePath(QStringLiteral("bad-survey.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const QDir surveys(m_server->dataDir() + QStringLiteral("/surveys"));
    const QStringList before = surveys.entryList(QDir::Files);
    QCOMPARE(m_server->run({QStringLiteral("survey"), QStringLiteral("add"), path}), 2);
    QVERIFY2(m_server->lastOutput().contains(said), qPrintable(m_server->lastOutput()));
    QCOMPARE(surveys.entryList(QDir::Files), before);
}

void AdminCommandsTest::unitsShowTheSurveyOfTheirKindOrTheirOwn()
{
    const QString path = m_scratch.filePath(QStringLiteral("mot-cua.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(oneStopSurvey);
    file.close();
    QCOMPARE(m_server->run({QStringLiteral("survey"), QStringLiteral("add"), path}), 0);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("survey: mot-cua (added)")),
             qPrintable(m_server->lastOutput()));
    QVERIFY(QFile::exists(m_server->dataDir() + QStringLiteral("/surveys/mot-cua.json")));
    QCOMPARE(m_server->run({QStringLiteral("survey"), QStringLiteral("add"), path}), 0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("survey: mot-cua (replaced)")));

    const auto unitAdd = [this](const QString &id, const QString &kind, const QStringList &more) {
        return m_server->run(QStringList{QStringLiteral("unit"), QStringLiteral("add"), id,
                                         QStringLiteral("--kind"), kind, QStringLiteral("--name"),
                                         QStringLiteral("Đơn vị")} +
                             more);
    };
    QCOMPARE(unitAdd(QStringLiteral("truong-th"), QStringLiteral("education"), {}), 0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("survey: giao-duc")));
    QCOMPARE(unitAdd(QStringLiteral("bp-mot-cua"), QStringLiteral("admin"),
                     {QStringLiteral("--survey"), QStringLiteral("mot-cua")}),
             0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("survey: mot-cua")));
    QCOMPARE(m_server->run({QStringLiteral("kiosk"), QStringLiteral("add"), QStringLiteral("k-th"),
                            QStringLiteral("--unit"), QStringLiteral("truong-th"),
                            QStringLiteral("--survey"), QStringLiteral("mot-cua")}),
             0);
    const QString name = QStringLiteral("admin-commands-surveys");
    QStringList stored;
    {
        QSqlDatabase db = m_server->openDatabase(name);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT 'unit ' || id || ' ' || survey FROM units WHERE id IN ('truong-th', "
            "'bp-mot-cua') UNION ALL SELECT 'kiosk ' || id || ' ' || survey FROM kiosks WHERE "
            "id = 'k-th' UNION ALL SELECT event || ' ' || detail FROM audit_log WHERE event = "
            "'survey-add'")));
        while (query.next())
            stored.append(query.value(0).toString().trimmed());
    }
    QSqlDatabase::removeDatabase(name);
    stored.sort();
    QCOMPARE(
        stored,
        QStringList({QStringLiteral("kiosk k-th mot-cua"), QStringLiteral("survey-add mot-cua"),
                     QStringLiteral("survey-add mot-cua"),
                     QStringLiteral("unit bp-mot-cua mot-cua"), QStringLiteral("unit truong-th")}));
}

// `init` makes the first centre, `main` unless told, named as centre.json names the commune, and
// its admin belongs to it.
void AdminCommandsTest::initNamesTheFirstCentre()
{
    QCOMPARE(rows(QStringLiteral("SELECT id, name FROM centres")),
             QStringList{QStringLiteral("main Xã Hài Lòng")});
    QCOMPARE(rows(QStringLiteral("SELECT centre_id FROM users WHERE name = 'admin'")),
             QStringList{QStringLiteral("main")});
    QCOMPARE(rows(QStringLiteral("SELECT DISTINCT centre_id FROM units")),
             QStringList{QStringLiteral("main")});

    TestServer other(QStringLiteral(HAILONG_SERVER_BINARY));
    QCOMPARE(
        other.run({QStringLiteral("init"), QStringLiteral("--centre"), QStringLiteral("Xa B")}), 2);
    QVERIFY2(other.lastOutput().contains(QLatin1String("not valid")),
             qPrintable(other.lastOutput()));
    QVERIFY(!QFileInfo::exists(other.databasePath()));
    QVERIFY2(other.init({QStringLiteral("--centre"), QStringLiteral("xa-b")}),
             qPrintable(other.lastOutput()));
    QVERIFY(other.lastOutput().contains(QLatin1String("first centre: xa-b")));
    QVERIFY(other.addUnit(QStringLiteral("ubnd-b"), QStringLiteral("admin"),
                          QStringLiteral("UBND xã B")));
    const QString name = QStringLiteral("admin-commands-other");
    QStringList found;
    {
        QSqlDatabase db = other.openDatabase(name);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT 'centre ' || id || ' ' || name FROM centres UNION ALL SELECT 'user ' || name "
            "|| ' ' || centre_id FROM users UNION ALL SELECT 'unit ' || id || ' ' || centre_id "
            "FROM units ORDER BY 1")));
        while (query.next())
            found.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(found,
             QStringList({QStringLiteral("centre xa-b Xã Hài Lòng"),
                          QStringLiteral("unit ubnd-b xa-b"), QStringLiteral("user admin xa-b")}));
}

// A second centre: added once, audited; from then on a unit or user must say its centre (or, a
// user, that it is province-wide), and an unknown centre is refused, nothing stored.
void AdminCommandsTest::centresAreAddedOnceAndMustBeNamedWhenSeveral()
{
    const auto centreAdd = [this](const QString &id, const QString &name) {
        return m_server->run(
            {QStringLiteral("centre"), QStringLiteral("add"), id, QStringLiteral("--name"), name});
    };
    QCOMPARE(centreAdd(QStringLiteral("xa/b"), QStringLiteral("Xã B")), 2);
    QVERIFY(m_server->lastOutput().contains(QLatin1String("not valid")));
    QCOMPARE(centreAdd(QStringLiteral("xa-b"), QStringLiteral("  ")), 2);
    QVERIFY(m_server->lastOutput().contains(QLatin1String("--name")));
    QCOMPARE(count(QStringLiteral("centres")), QStringLiteral("1"));

    QCOMPARE(centreAdd(QStringLiteral("xa-b"), QStringLiteral("Xã B")), 0);
    QVERIFY(m_server->lastOutput().contains(QStringLiteral("centre: xa-b Xã B")));
    QCOMPARE(centreAdd(QStringLiteral("xa-b"), QStringLiteral("Xã B mới")), 2);
    QVERIFY2(m_server->lastOutput().contains(QLatin1String("already exists")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(centreAdd(QStringLiteral("main"), QStringLiteral("Khác")), 2);
    QCOMPARE(rows(QStringLiteral("SELECT id, name FROM centres ORDER BY id")),
             QStringList({QStringLiteral("main Xã Hài Lòng"), QStringLiteral("xa-b Xã B")}));

    const QString units = count(QStringLiteral("units"));
    const QString users = count(QStringLiteral("users"));
    const QStringList unitB{QStringLiteral("unit"),     QStringLiteral("add"),
                            QStringLiteral("ubnd-b"),   QStringLiteral("--kind"),
                            QStringLiteral("admin"),    QStringLiteral("--name"),
                            QStringLiteral("UBND xã B")};
    QCOMPARE(m_server->run(unitB), 2);
    QVERIFY2(m_server->lastOutput().contains(QLatin1String("--centre")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(m_server->run(unitB + QStringList{QStringLiteral("--centre"), QStringLiteral("xa-c")}),
             2);
    QVERIFY(m_server->lastOutput().contains(QLatin1String("no centre \"xa-c\"")));
    QCOMPARE(count(QStringLiteral("units")), units);
    QCOMPARE(m_server->run(unitB + QStringList{QStringLiteral("--centre"), QStringLiteral("xa-b")}),
             0);
    QVERIFY(m_server->lastOutput().contains(QLatin1String("centre: xa-b")));

    const auto userAdd = [this](const QString &name, const QStringList &scope) {
        return m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add"), name,
                                         QStringLiteral("--role"), QStringLiteral("manager")} +
                                 scope,
                             "mat-khau-du-dai\n");
    };
    QCOMPARE(userAdd(QStringLiteral("lan-b"), {}), 2);
    QVERIFY2(m_server->lastOutput().contains(QLatin1String("--province")),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(userAdd(QStringLiteral("lan-b"), {QStringLiteral("--centre"), QStringLiteral("xa-b"),
                                               QStringLiteral("--province")}),
             2);
    QCOMPARE(userAdd(QStringLiteral("lan-b"), {QStringLiteral("--centre"), QStringLiteral("xa-c")}),
             2);
    QCOMPARE(count(QStringLiteral("users")), users);
    QCOMPARE(userAdd(QStringLiteral("lan-b"), {QStringLiteral("--centre"), QStringLiteral("xa-b")}),
             0);
    QCOMPARE(userAdd(QStringLiteral("tinh"), {QStringLiteral("--province")}), 0);
    QVERIFY(m_server->lastOutput().contains(QLatin1String("centre: (province)")));
    QCOMPARE(rows(QStringLiteral("SELECT name, centre_id FROM users WHERE name IN ('lan-b', "
                                 "'tinh', 'admin') ORDER BY name")),
             QStringList({QStringLiteral("admin main"), QStringLiteral("lan-b xa-b"),
                          QStringLiteral("tinh ")}));
    QCOMPARE(rows(QStringLiteral("SELECT centre_id FROM units WHERE id = 'ubnd-b'")),
             QStringList{QStringLiteral("xa-b")});
    QCOMPARE(rows(QStringLiteral("SELECT event, actor FROM audit_log WHERE detail = 'xa-b'")),
             QStringList{QStringLiteral("centre-add cli")});
}

QTEST_GUILESS_MAIN(AdminCommandsTest)
#include "tst_admin_commands.moc"
