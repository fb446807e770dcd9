// The staff register and the yearly sheet against the real server over TLS: `staff add` (good
// and bad input, nothing kept on error), GET/POST /api/v1/staff by role, ratings naming a code
// the register does not hold for their unit counted as unattributed, and the sheet (JSON equal
// to a count made here from what the kiosks sent, roles, bad years, unknown codes, one A4 PDF).
#include "TestServer.h"
#include "period/Period.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString hoa = QStringLiteral("Nguyễn Thị Hoa");
const QString dung = QStringLiteral("Trần Văn Dũng");
const QString yen = QStringLiteral("Lê Thị Yến");

// A rating as a kiosk sent it, with the staff code the server should attribute it to (empty
// when none) — what the test counts by hand.
struct SentRating
{
    QString kiosk;
    QString attributedTo;
    QDateTime at;
    int overall = 0;
    QStringList reasons;
};

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()).date();
}

// A moment of a centre day, 10:00 +07:00.
QDateTime centreMorning(const QDate &day)
{
    return QDateTime(day, QTime(10, 0), centreTimeZone()).toUTC();
}

QString truncatedPercent(double rate)
{
    // VietnameseFormat::percent: cut to one decimal, decimal comma.
    const double cut = std::floor(rate * 10.0 + 1e-9) / 10.0;
    return QString::number(cut, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) +
           QStringLiteral(" %");
}

QString runTool(const QString &tool, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class StaffRegisterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staffAddKeepsGoodInputAndNothingOfBadInput();
    void registerShowsNamesToManagersAndAdminsOnly();
    void adminAddsAMemberOnTheDashboard();
    void unregisteredCodesAreKeptWithoutAttribution();
    void dailyNamesStaffForManagersOnly();
    void sheetEqualsAHandCount();
    void sheetIsForManagers();
    void sheetRefusesBadYearsAndUnknownCodes();
    void sheetPdfIsOneA4PageWithTheFigures();

private:
    std::unique_ptr<TlsClient> login(const QString &user, const QString &password, QString *csrf);
    Headers csrfOf(const QString &token) const { return {{"X-CSRF-Token", token.toLatin1()}}; }
    // Sends the ratings from their kiosks; every one must be accepted.
    void send(const QList<SentRating> &ratings, const QHash<QString, QString> &staffSent);
    qint64 storedCount(const QString &sql);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_admin, m_manager, m_viewer;
    QString m_adminCsrf, m_managerCsrf, m_viewerCsrf;
    QHash<QString, QString> m_tokens; // kiosk id -> token
    QHash<QString, qint64> m_seq;     // kiosk id -> last seq sent
    QList<SentRating> m_sent;
};

std::unique_ptr<TlsClient> StaffRegisterTest::login(const QString &user, const QString &password,
                                                    QString *csrf)
{
    auto client = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply reply =
        client->postJson(m_server->url(QStringLiteral("/api/v1/session")),
                         {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (csrf)
        *csrf = reply.json().value(QLatin1String("csrf")).toString();
    return client;
}

qint64 StaffRegisterTest::storedCount(const QString &sql)
{
    qint64 count = -1;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("count"));
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(sql) && query.next())
            count = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

void StaffRegisterTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QFile centre(m_server->dataDir() + QStringLiteral("/centre.json"));
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(R"({"name": "Xã Tân Hòa"})");
    centre.close();
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("Bộ phận Một cửa")));
    QVERIFY(m_server->addUnit(QStringLiteral("tyt"), QStringLiteral("health"),
                              QStringLiteral("Trạm Y tế")));
    m_tokens.insert(QStringLiteral("k-1"),
                    m_server->addKiosk(QStringLiteral("k-1"), QStringLiteral("ubnd"),
                                       QStringLiteral("Quầy 1")));
    m_tokens.insert(QStringLiteral("k-2"),
                    m_server->addKiosk(QStringLiteral("k-2"), QStringLiteral("ubnd"),
                                       QStringLiteral("Quầy 2")));
    m_tokens.insert(QStringLiteral("k-h"),
                    m_server->addKiosk(QStringLiteral("k-h"), QStringLiteral("tyt")));
    for (const QString &token : std::as_const(m_tokens))
        QVERIFY(!token.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu quản lý")));
    QVERIFY(m_server->addUser(QStringLiteral("xem"), QStringLiteral("viewer"),
                              QStringLiteral("mật khẩu chỉ xem")));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_admin = login(QStringLiteral("admin"), m_server->adminPassword(), &m_adminCsrf);
    m_manager = login(QStringLiteral("lan"), QStringLiteral("mật khẩu quản lý"), &m_managerCsrf);
    m_viewer = login(QStringLiteral("xem"), QStringLiteral("mật khẩu chỉ xem"), &m_viewerCsrf);
    QVERIFY(!m_adminCsrf.isEmpty() && !m_managerCsrf.isEmpty() && !m_viewerCsrf.isEmpty());
}

void StaffRegisterTest::cleanupTestCase()
{
    m_admin.reset();
    m_manager.reset();
    m_viewer.reset();
    m_server.reset();
}

void StaffRegisterTest::send(const QList<SentRating> &ratings,
                             const QHash<QString, QString> &staffSent)
{
    TlsClient kiosk(m_server->caPath());
    QHash<QString, QJsonArray> byKiosk;
    for (int i = 0; i < ratings.size(); ++i) {
        const SentRating &sent = ratings.at(i);
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), sent.at, ++m_seq[sent.kiosk], sent.overall);
        const QString code = staffSent.value(QString::number(i), sent.attributedTo);
        if (!code.isEmpty())
            rating.insert(QStringLiteral("staff"), code);
        if (!sent.reasons.isEmpty())
            rating.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(sent.reasons));
        byKiosk[sent.kiosk].append(rating);
    }
    for (auto it = byKiosk.cbegin(); it != byKiosk.cend(); ++it) {
        const HttpReply stored =
            kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                           TestRatings::batch(it.value()), TlsClient::bearer(m_tokens[it.key()]));
        QCOMPARE(stored.status, 200);
        for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
            QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    }
    m_sent += ratings;
}

void StaffRegisterTest::staffAddKeepsGoodInputAndNothingOfBadInput()
{
    const auto add = [this](const QStringList &arguments) {
        return m_server->run(QStringList{QStringLiteral("staff"), QStringLiteral("add")} +
                             arguments);
    };
    QCOMPARE(add({QStringLiteral("NV01"), QStringLiteral("--name"), hoa, QStringLiteral("--unit"),
                  QStringLiteral("ubnd"), QStringLiteral("--counter"), QStringLiteral("Quầy 1")}),
             0);
    QVERIFY2(m_server->lastOutput().contains(QStringLiteral("staff: NV01 (ubnd) ") + hoa),
             qPrintable(m_server->lastOutput()));
    QCOMPARE(add({QStringLiteral("NV02"), QStringLiteral("--name"), dung, QStringLiteral("--unit"),
                  QStringLiteral("ubnd")}),
             0);
    QCOMPARE(add({QStringLiteral("yt-01"), QStringLiteral("--name"), yen, QStringLiteral("--unit"),
                  QStringLiteral("tyt")}),
             0);

    struct Refused
    {
        const char *why;
        QStringList arguments;
        QString said;
    };
    const QList<Refused> refused = {
        {"unknown unit",
         {QStringLiteral("NV09"), QStringLiteral("--name"), hoa, QStringLiteral("--unit"),
          QStringLiteral("khong-co")},
         QStringLiteral("no unit \"khong-co\"")},
        {"duplicate code",
         {QStringLiteral("NV01"), QStringLiteral("--name"), dung, QStringLiteral("--unit"),
          QStringLiteral("ubnd")},
         QStringLiteral("already exists")},
        {"empty name",
         {QStringLiteral("NV09"), QStringLiteral("--name"), QString(), QStringLiteral("--unit"),
          QStringLiteral("ubnd")},
         QStringLiteral("--name")},
        {"blank name",
         {QStringLiteral("NV09"), QStringLiteral("--name"), QStringLiteral("   "),
          QStringLiteral("--unit"), QStringLiteral("ubnd")},
         QStringLiteral("--name")},
        {"no name",
         {QStringLiteral("NV09"), QStringLiteral("--unit"), QStringLiteral("ubnd")},
         QStringLiteral("--name")},
        {"name over 100 characters",
         {QStringLiteral("NV09"), QStringLiteral("--name"), QString(101, QLatin1Char('a')),
          QStringLiteral("--unit"), QStringLiteral("ubnd")},
         QStringLiteral("--name")},
        {"counter over 100 characters",
         {QStringLiteral("NV09"), QStringLiteral("--name"), hoa, QStringLiteral("--unit"),
          QStringLiteral("ubnd"), QStringLiteral("--counter"), QString(101, QLatin1Char('q'))},
         QStringLiteral("--counter")},
        {"code over 64 characters",
         {QString(65, QLatin1Char('n')), QStringLiteral("--name"), hoa, QStringLiteral("--unit"),
          QStringLiteral("ubnd")},
         QStringLiteral("not valid")},
        {"code with a space",
         {QStringLiteral("NV 09"), QStringLiteral("--name"), hoa, QStringLiteral("--unit"),
          QStringLiteral("ubnd")},
         QStringLiteral("not valid")},
        {"no code",
         {QStringLiteral("--name"), hoa, QStringLiteral("--unit"), QStringLiteral("ubnd")},
         QStringLiteral("usage")},
    };
    for (const Refused &each : refused) {
        QVERIFY2(add(each.arguments) == 2, each.why);
        QVERIFY2(
            m_server->lastOutput().contains(each.said),
            qPrintable(QLatin1String(each.why) + QStringLiteral(": ") + m_server->lastOutput()));
    }
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM staff")), 3);
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM staff WHERE code = 'NV01' AND "
                                        "unit_id = 'ubnd' AND counter = 'Quầy 1'")),
             1);
}

void StaffRegisterTest::registerShowsNamesToManagersAndAdminsOnly()
{
    for (TlsClient *client : {m_admin.get(), m_manager.get()}) {
        const HttpReply reply = client->get(m_server->url(QStringLiteral("/api/v1/staff")));
        QCOMPARE(reply.status, 200);
        const QJsonArray staff = reply.json().value(QLatin1String("staff")).toArray();
        QCOMPARE(staff.size(), 3);
        QCOMPARE(staff.at(0)[QLatin1String("code")].toString(), QStringLiteral("NV01"));
        QCOMPARE(staff.at(0)[QLatin1String("name")].toString(), hoa);
        QCOMPARE(staff.at(0)[QLatin1String("unit")].toString(), QStringLiteral("ubnd"));
        QCOMPARE(staff.at(0)[QLatin1String("unit_name")].toString(),
                 QStringLiteral("Bộ phận Một cửa"));
        QCOMPARE(staff.at(0)[QLatin1String("counter")].toString(), QStringLiteral("Quầy 1"));
    }
    const HttpReply viewed = m_viewer->get(m_server->url(QStringLiteral("/api/v1/staff")));
    QCOMPARE(viewed.status, 200);
    const QJsonArray codes = viewed.json().value(QLatin1String("staff")).toArray();
    QCOMPARE(codes.size(), 3);
    for (const QJsonValue &member : codes)
        QVERIFY(!member.toObject().contains(QLatin1String("name")));
    for (const QString &name : {hoa, dung, yen})
        QVERIFY(!QString::fromUtf8(viewed.body).contains(name));

    TlsClient stranger(m_server->caPath());
    const HttpReply refused = stranger.get(m_server->url(QStringLiteral("/api/v1/staff")));
    QCOMPARE(refused.status, 401);
    QVERIFY(!refused.json().value(QLatin1String("error")).toString().isEmpty());
}

void StaffRegisterTest::adminAddsAMemberOnTheDashboard()
{
    const QUrl route = m_server->url(QStringLiteral("/api/v1/staff"));
    const QJsonObject member{{QStringLiteral("code"), QStringLiteral("NV03")},
                             {QStringLiteral("name"), QStringLiteral("Phạm Minh Tâm")},
                             {QStringLiteral("unit"), QStringLiteral("ubnd")},
                             {QStringLiteral("counter"), QStringLiteral("Quầy 2")}};
    // Not an admin, or no CSRF token: refused, nothing kept.
    QCOMPARE(m_manager->postJson(route, member, csrfOf(m_managerCsrf)).status, 403);
    QCOMPARE(m_admin->postJson(route, member).status, 403);
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM staff")), 3);

    const HttpReply added = m_admin->postJson(route, member, csrfOf(m_adminCsrf));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().value(QLatin1String("name")).toString(), QStringLiteral("Phạm Minh Tâm"));

    const auto refusal = [&](QJsonObject body) {
        const HttpReply reply = m_admin->postJson(route, body, csrfOf(m_adminCsrf));
        return qMakePair(reply.status, reply.json().value(QLatin1String("error")).toString());
    };
    QCOMPARE(refusal(member), qMakePair(409, QStringLiteral("duplicate-staff")));
    QJsonObject unknownUnit = member;
    unknownUnit.insert(QStringLiteral("code"), QStringLiteral("NV08"));
    unknownUnit.insert(QStringLiteral("unit"), QStringLiteral("khong-co"));
    QCOMPARE(refusal(unknownUnit), qMakePair(400, QStringLiteral("unknown-unit")));
    QJsonObject noName = member;
    noName.insert(QStringLiteral("code"), QStringLiteral("NV08"));
    noName.insert(QStringLiteral("name"), QString());
    QCOMPARE(refusal(noName), qMakePair(400, QStringLiteral("invalid-name")));
    QJsonObject badCode = member;
    badCode.insert(QStringLiteral("code"), QStringLiteral("<b>NV</b>"));
    QCOMPARE(refusal(badCode), qMakePair(400, QStringLiteral("invalid-id")));
    QCOMPARE(
        m_admin
            ->post(route, "not json",
                   {{"Content-Type", "application/json"}, {"X-CSRF-Token", m_adminCsrf.toLatin1()}})
            .status,
        400);
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM staff")), 4);

    const HttpReply audit = m_admin->get(m_server->url(QStringLiteral("/api/v1/audit")));
    QCOMPARE(audit.status, 200);
    bool logged = false;
    for (const QJsonValue &entry : audit.json().value(QLatin1String("entries")).toArray())
        logged =
            logged || (entry[QLatin1String("action")].toString() == QLatin1String("staff-add") &&
                       entry[QLatin1String("target")].toString() == QLatin1String("NV03") &&
                       entry[QLatin1String("user")].toString() == QLatin1String("admin"));
    QVERIFY2(logged, audit.body.constData());
}

void StaffRegisterTest::unregisteredCodesAreKeptWithoutAttribution()
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QStringList none;
    // Index -> the code the kiosk sends when it differs from the attribution expected.
    const QList<SentRating> ratings = {
        {QStringLiteral("k-1"), QStringLiteral("NV01"), now, 5, {QStringLiteral("nhanh-chong")}},
        {QStringLiteral("k-1"), QStringLiteral("NV01"), now, 4, none},
        {QStringLiteral("k-1"), QStringLiteral("NV01"), now, 2, {QStringLiteral("cho-lau")}},
        {QStringLiteral("k-1"), QString(), now, 5, none}, // sends NV99: nobody has that code
        {QStringLiteral("k-1"), QString(), now, 1, none}, // sends NV99
        {QStringLiteral("k-2"), QString(), now, 4, none}, // sends yt-01, registered at the health
                                                          // station, not at this unit
        {QStringLiteral("k-2"), QString(), now, 5, none}, // names nobody: not unattributed
        {QStringLiteral("k-2"), QStringLiteral("NV02"), now, 3, {QStringLiteral("cho-lau")}},
        {QStringLiteral("k-h"), QStringLiteral("yt-01"), now, 5, none},
    };
    send(ratings, {{QStringLiteral("3"), QStringLiteral("NV99")},
                   {QStringLiteral("4"), QStringLiteral("NV99")},
                   {QStringLiteral("5"), QStringLiteral("yt-01")}});
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE staff = 'NV99'")), 0);
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE unattributed = 1")), 3);
    QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE staff = 'yt-01' AND "
                                        "unit_id = 'ubnd'")),
             0);

    const HttpReply daily = m_viewer->get(
        m_server->url(QStringLiteral("/api/v1/daily?date=") + today().toString(Qt::ISODate)));
    QCOMPARE(daily.status, 200);
    const QJsonObject day = daily.json();
    QCOMPARE(day.value(QLatin1String("n")).toInteger(), 9);
    QCOMPARE(day.value(QLatin1String("unattributed")).toInteger(), 3);
    QMap<QString, qint64> byStaff;
    for (const QJsonValue &entry : day.value(QLatin1String("by_staff")).toArray())
        byStaff.insert(entry[QLatin1String("staff")].toString(),
                       entry[QLatin1String("n")].toInteger());
    const QMap<QString, qint64> expected{
        {QStringLiteral("NV01"), 3}, {QStringLiteral("NV02"), 1}, {QStringLiteral("yt-01"), 1}};
    QCOMPARE(byStaff, expected);
}

void StaffRegisterTest::dailyNamesStaffForManagersOnly()
{
    const QString path = QStringLiteral("/api/v1/daily?date=") + today().toString(Qt::ISODate);
    const HttpReply managed = m_manager->get(m_server->url(path));
    QCOMPARE(managed.status, 200);
    for (const QJsonValue &entry : managed.json().value(QLatin1String("by_staff")).toArray()) {
        if (entry[QLatin1String("staff")].toString() == QLatin1String("NV01"))
            QCOMPARE(entry[QLatin1String("name")].toString(), hoa);
    }
    const HttpReply viewed = m_viewer->get(m_server->url(path));
    QCOMPARE(viewed.status, 200);
    for (const QJsonValue &entry : viewed.json().value(QLatin1String("by_staff")).toArray())
        QVERIFY(!entry.toObject().contains(QLatin1String("name")));
    QVERIFY(!QString::fromUtf8(viewed.body).contains(hoa));

    const HttpReply ranked =
        m_viewer->get(m_server->url(QStringLiteral("/api/v1/ranking?by=staff")));
    QCOMPARE(ranked.status, 200);
    QVERIFY(!QString::fromUtf8(ranked.body).contains(hoa));
    const HttpReply rankedForManager =
        m_manager->get(m_server->url(QStringLiteral("/api/v1/ranking?by=staff")));
    QVERIFY(QString::fromUtf8(rankedForManager.body).contains(hoa));
}

void StaffRegisterTest::sheetEqualsAHandCount()
{
    // Through the 2026 reporting year (Nghị định 09: 15/12/2025 – 14/12/2026) and just before it.
    const QStringList none;
    const QList<SentRating> year = {
        {QStringLiteral("k-1"),
         QStringLiteral("NV01"),
         centreMorning(QDate(2025, 12, 10)),
         1,
         {QStringLiteral("thai-do-chua-tot")}}, // the 2025 year
        {QStringLiteral("k-1"),
         QStringLiteral("NV01"),
         centreMorning(QDate(2025, 12, 16)),
         5,
         {QStringLiteral("than-thien"), QStringLiteral("nhanh-chong")}}, // 2026-Q1
        {QStringLiteral("k-1"), QStringLiteral("NV01"), centreMorning(QDate(2026, 2, 10)), 4, none},
        {QStringLiteral("k-1"),
         QStringLiteral("NV01"),
         centreMorning(QDate(2026, 3, 14)),
         2,
         {QStringLiteral("cho-lau"), QStringLiteral("thai-do-chua-tot")}},
        {QStringLiteral("k-1"),
         QStringLiteral("NV01"),
         centreMorning(QDate(2026, 3, 15)),
         5,
         {QStringLiteral("than-thien")}}, // 2026-Q2
        {QStringLiteral("k-1"),
         QStringLiteral("NV01"),
         centreMorning(QDate(2026, 8, 1)),
         3,
         {QStringLiteral("cho-lau")}},
        {QStringLiteral("k-1"), QStringLiteral("NV01"), centreMorning(QDate(2026, 9, 20)), 5, none},
        {QStringLiteral("k-2"), QStringLiteral("NV02"), centreMorning(QDate(2026, 2, 11)), 5, none},
        {QStringLiteral("k-2"),
         QStringLiteral("NV02"),
         centreMorning(QDate(2026, 5, 11)),
         5,
         {QStringLiteral("nhanh-chong")}},
        {QStringLiteral("k-2"), QStringLiteral("NV02"), centreMorning(QDate(2026, 6, 11)), 4, none},
        {QStringLiteral("k-2"), QStringLiteral("NV03"), centreMorning(QDate(2026, 7, 11)), 1, none},
        {QStringLiteral("k-2"), QString(), centreMorning(QDate(2026, 4, 2)), 2, none},
    };
    send(year, {});
    if (QTest::currentTestFailed())
        return;

    const Period period = Period::parse(QStringLiteral("2026"), PeriodRule::Nd09).value();
    QList<Period> quarters;
    for (int q = 1; q <= 4; ++q)
        quarters << Period::parse(QStringLiteral("2026-Q%1").arg(q), PeriodRule::Nd09).value();
    // By hand: every admin-unit rating of the year gives the centre's mean; each registered
    // code's own give its rate, shrunk toward that mean with k = 20, and its rank.
    qint64 centreN = 0, centreSatisfied = 0;
    QMap<QString, QPair<qint64, qint64>> byCode;
    QList<QPair<qint64, qint64>> nv01Quarters(4);
    QMap<QString, qint64> nv01Reasons;
    for (const SentRating &sent : std::as_const(m_sent)) {
        if (!period.contains(sent.at) || sent.kiosk == QLatin1String("k-h"))
            continue;
        const bool satisfied = sent.overall >= 4;
        ++centreN;
        centreSatisfied += satisfied ? 1 : 0;
        if (sent.attributedTo.isEmpty())
            continue;
        byCode[sent.attributedTo].first += 1;
        byCode[sent.attributedTo].second += satisfied ? 1 : 0;
        if (sent.attributedTo != QLatin1String("NV01"))
            continue;
        for (int q = 0; q < 4; ++q) {
            if (quarters.at(q).contains(sent.at)) {
                nv01Quarters[q].first += 1;
                nv01Quarters[q].second += satisfied ? 1 : 0;
            }
        }
        for (const QString &reason : sent.reasons)
            nv01Reasons[reason] += 1;
    }
    const double mean = double(centreSatisfied) * 100.0 / double(centreN);
    const auto shrunk = [mean](QPair<qint64, qint64> counts) {
        return (double(counts.second) + 20.0 * mean / 100.0) / (double(counts.first) + 20.0) *
               100.0;
    };
    const QPair<qint64, qint64> nv01 = byCode.value(QStringLiteral("NV01"));
    int rank = 1;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        if (it.key() != QLatin1String("NV01") &&
            (shrunk(it.value()) > shrunk(nv01) ||
             (shrunk(it.value()) == shrunk(nv01) && it.value().first > nv01.first)))
            ++rank;
    }

    const HttpReply reply = m_manager->get(
        m_server->url(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026&format=json")));
    QCOMPARE(reply.status, 200);
    const QJsonObject sheet = reply.json();
    QCOMPARE(sheet.value(QLatin1String("code")).toString(), QStringLiteral("NV01"));
    QCOMPARE(sheet.value(QLatin1String("name")).toString(), hoa);
    QCOMPARE(sheet.value(QLatin1String("year")).toInt(), 2026);
    QCOMPARE(sheet.value(QLatin1String("n")).toInteger(), nv01.first);
    QCOMPARE(sheet.value(QLatin1String("satisfied")).toInteger(), nv01.second);
    QVERIFY(qFuzzyCompare(sheet.value(QLatin1String("rate")).toDouble(),
                          double(nv01.second) * 100.0 / double(nv01.first)));
    QVERIFY(qFuzzyCompare(sheet.value(QLatin1String("shrunk_rate")).toDouble(), shrunk(nv01)));
    QVERIFY(qFuzzyCompare(sheet.value(QLatin1String("centre_rate")).toDouble(), mean));
    QCOMPARE(sheet.value(QLatin1String("rank")).toInt(), rank);
    QCOMPARE(sheet.value(QLatin1String("of")).toInt(), int(byCode.size()));
    const QJsonArray quarterList = sheet.value(QLatin1String("quarters")).toArray();
    QCOMPARE(quarterList.size(), 4);
    for (int q = 0; q < 4; ++q) {
        const QJsonObject quarter = quarterList.at(q).toObject();
        QCOMPARE(quarter.value(QLatin1String("name")).toString(), quarters.at(q).name());
        QCOMPARE(quarter.value(QLatin1String("n")).toInteger(), nv01Quarters.at(q).first);
        QCOMPARE(quarter.value(QLatin1String("satisfied")).toInteger(), nv01Quarters.at(q).second);
        if (nv01Quarters.at(q).first == 0)
            QVERIFY(quarter.value(QLatin1String("rate")).isNull());
    }
    QMap<QString, qint64> reasons;
    for (const QJsonValue &reason : sheet.value(QLatin1String("reasons")).toArray()) {
        reasons.insert(reason[QLatin1String("code")].toString(),
                       reason[QLatin1String("count")].toInteger());
        if (reason[QLatin1String("code")].toString() == QLatin1String("cho-lau")) {
            QCOMPARE(reason[QLatin1String("text")].toString(), QStringLiteral("Chờ lâu"));
            QCOMPARE(reason[QLatin1String("kind")].toString(), QStringLiteral("went-wrong"));
        }
    }
    QCOMPARE(reasons, nv01Reasons);

    // The ranking shows the same shrunk rate for the same year.
    const HttpReply ranking =
        m_manager->get(m_server->url(QStringLiteral("/api/v1/ranking?period=2026&by=staff")));
    QCOMPARE(ranking.status, 200);
    const QJsonArray rows = ranking.json().value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), byCode.size());
    QCOMPARE(rows.at(rank - 1)[QLatin1String("key")].toString(), QStringLiteral("NV01"));
    QVERIFY(
        qFuzzyCompare(rows.at(rank - 1)[QLatin1String("shrunk_rate")].toDouble(), shrunk(nv01)));
}

void StaffRegisterTest::sheetIsForManagers()
{
    const QUrl sheet = m_server->url(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026"));
    const HttpReply viewed = m_viewer->get(sheet);
    QCOMPARE(viewed.status, 403);
    QVERIFY(!viewed.json().value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!QString::fromUtf8(viewed.body).contains(hoa));
    QCOMPARE(m_admin->get(sheet).status, 200);
    TlsClient stranger(m_server->caPath());
    QCOMPARE(stranger.get(sheet).status, 401);
}

void StaffRegisterTest::sheetRefusesBadYearsAndUnknownCodes()
{
    const auto refusal = [this](const QString &path) {
        const HttpReply reply = m_manager->get(m_server->url(path));
        return qMakePair(reply.status, reply.json().value(QLatin1String("error")).toString());
    };
    for (const QString &year :
         {QStringLiteral("abc"), QStringLiteral("1999"), QStringLiteral("20260"),
          QStringLiteral("2026.5"), QStringLiteral("-2026"), QStringLiteral("2101")})
        QCOMPARE(refusal(QStringLiteral("/api/v1/staff/NV01/sheet?year=") + year),
                 qMakePair(400, QStringLiteral("invalid-year")));
    QCOMPARE(refusal(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026&format=xlsx")),
             qMakePair(400, QStringLiteral("invalid-format")));
    QCOMPARE(refusal(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026&rule=moon")),
             qMakePair(400, QStringLiteral("invalid-rule")));
    QCOMPARE(refusal(QStringLiteral("/api/v1/staff/NV77/sheet?year=2026")),
             qMakePair(404, QStringLiteral("unknown-staff")));
    // A code kiosks sent but nobody registered has no sheet either.
    QCOMPARE(refusal(QStringLiteral("/api/v1/staff/NV99/sheet?year=2026")),
             qMakePair(404, QStringLiteral("unknown-staff")));
}

void StaffRegisterTest::sheetPdfIsOneA4PageWithTheFigures()
{
    const HttpReply json = m_manager->get(
        m_server->url(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026&format=json")));
    QCOMPARE(json.status, 200);
    const QJsonObject sheet = json.json();
    const HttpReply pdf = m_manager->get(
        m_server->url(QStringLiteral("/api/v1/staff/NV01/sheet?year=2026&format=pdf")));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.header("Content-Disposition").contains("phieu-hai-long-NV01-2026.pdf"));
    QVERIFY(pdf.body.startsWith("%PDF"));

    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-")}, pdf.body);
    QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch(),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));

    const QString printed =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")}, pdf.body);
    const QStringList shown = {
        hoa,
        QStringLiteral("NV01"),
        QStringLiteral("Bộ phận Một cửa"),
        QStringLiteral("Quầy 1"),
        QStringLiteral("PHIẾU TỔNG HỢP Ý KIẾN ĐÁNH GIÁ CỦA NGƯỜI DÂN"),
        QStringLiteral("năm 2026"),
        QStringLiteral("15/12/2025"),
        QStringLiteral("14/12/2026"),
        QStringLiteral("Quý IV"),
        QStringLiteral("Chờ lâu"),
        QStringLiteral("Cán bộ thân thiện"),
        truncatedPercent(sheet.value(QLatin1String("rate")).toDouble()),
        truncatedPercent(sheet.value(QLatin1String("shrunk_rate")).toDouble()),
        truncatedPercent(sheet.value(QLatin1String("centre_rate")).toDouble()),
        QStringLiteral("%1/%2")
            .arg(sheet.value(QLatin1String("rank")).toInt())
            .arg(sheet.value(QLatin1String("of")).toInt()),
    };
    for (const QString &figure : shown)
        QVERIFY2(printed.contains(figure),
                 qPrintable(figure + QStringLiteral(" not in\n") + printed));
    // The year's count of ratings, in its own cell.
    QVERIFY2(QRegularExpression(QStringLiteral("Số phiếu đánh giá\\s+%1\\b")
                                    .arg(sheet.value(QLatin1String("n")).toInteger()))
                 .match(printed)
                 .hasMatch(),
             qPrintable(printed));
}

QTEST_MAIN(StaffRegisterTest)
#include "tst_staff_register.moc"
