// E-mail notifications against the real server over TLS, with an SMTP relay the test runs
// itself (STARTTLS with a real certificate, a login): each staff member's choice through the
// API with CSRF and refusals; a level-1 rating with a comment reaches exactly those who chose
// it, in Vietnamese with the masked comment; a run of low ratings at one counter gives one
// mail; a kiosk going offline gives one; the daily digest carries the day's figures of
// /api/v1/daily; a relay without STARTTLS gets nothing in clear; an unreachable relay loses no
// rating; a relay that never answers holds up no kiosk and no page.
#include "SmtpTestRelay.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>
#include <cmath>

using namespace hailong;
using namespace hailong::testing;

namespace {
const QString relayUser = QStringLiteral("hailong");
const QString relayPassword = QStringLiteral("mật-khẩu-relay");
const QString lanMail = QStringLiteral("lan@xa.gov.vn");        // manager: every kind
const QString xemMail = QStringLiteral("xem@xa.gov.vn");        // viewer: comments and digest
const QString hoaMail = QStringLiteral("hoa@xa.gov.vn");        // manager: kiosks only
const QString otherMail = QStringLiteral("khac@xakhac.gov.vn"); // another centre: all
constexpr int mailWaitMs = 30'000; // only to stop a broken server from hanging the suite

QList<QPair<QByteArray, QByteArray>> csrfHeader(const QString &csrf)
{
    return {{QByteArrayLiteral("X-CSRF-Token"), csrf.toUtf8()}};
}

QString percentText(double rate)
{
    return QString::number(std::floor(rate * 10.0) / 10.0, 'f', 1)
        .replace(QLatin1Char('.'), QLatin1Char(','));
}
} // namespace

class NotificationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachUserChoosesAndBadInputChangesNothing();
    void lowRatingWithCommentReachesThoseWhoChoseIt();
    void runOfLowRatingsAtOneCounterGivesOneMail();
    void kioskGoingOfflineGivesOneMail();
    void dailyDigestCarriesTheDaysFigures();
    void anotherCentresStaffHearNothingOfThisOne();
    void relayWithoutStartTlsGetsNothingInClear();
    void unreachableRelayLosesNoRating();
    void silentRelayHoldsUpNothing();

private:
    struct Staff
    {
        std::unique_ptr<TlsClient> client;
        QString csrf;
    };
    bool logIn(Staff &staff, const QString &user, const QString &password);
    bool writeSmtp(quint16 port, const QString &digestAt);
    bool restart();
    HttpReply choose(Staff &staff, const QJsonObject &body, bool withCsrf = true);
    QString send(const QString &token, int overall, const QString &comment = {},
                 const QStringList &reasons = {});
    QJsonObject mailStatus();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SmtpTestRelay> m_relay;
    Staff m_lan;
    Staff m_xem;
    Staff m_hoa;
    Staff m_admin; // sees the relay's counts
    Staff m_other; // a manager of another centre: hears nothing of this one
    QString m_counter1;
    QString m_counter2;
    QString m_offlineToken;
    qint64 m_seq = 0;
    int m_sent = 0; // ratings sent today
    int m_low = 0;  // of which at level 1–2
};

bool NotificationsTest::logIn(Staff &staff, const QString &user, const QString &password)
{
    staff.client = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply login = m_server->logIn(*staff.client, user, password);
    staff.csrf = login.json().value(QLatin1String("csrf")).toString();
    return login.status == 200;
}

bool NotificationsTest::writeSmtp(quint16 port, const QString &digestAt)
{
    const QString path = QDir(m_server->dataDir()).filePath(QStringLiteral("centre.json"));
    QFile file(path);
    QJsonObject centre;
    if (file.open(QIODevice::ReadOnly))
        centre = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    centre.insert(
        QStringLiteral("smtp"),
        QJsonObject{{QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(port)},
                    {QStringLiteral("from"), QStringLiteral("hailong@xa.gov.vn")},
                    {QStringLiteral("user"), relayUser},
                    {QStringLiteral("password"), relayPassword},
                    {QStringLiteral("ca_file"), m_server->caPath()},
                    {QStringLiteral("digest_at"), digestAt}});
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(centre).toJson()) > 0;
}

bool NotificationsTest::restart()
{
    m_server->stop();
    return m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0"),
                            QStringLiteral("--alert-min-ratings"), QStringLiteral("3"),
                            QStringLiteral("--notify-check-seconds"), QStringLiteral("1")});
}

void NotificationsTest::initTestCase()
{
    const QTime local = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).time();
    if (local > QTime(23, 50) || local < QTime(0, 5))
        QSKIP("the centre's day ends within minutes: the digest's day would be ambiguous");
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("mot-cua"), QStringLiteral("admin"),
                              QStringLiteral("Bộ phận Một cửa")));
    m_counter1 = m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("mot-cua"),
                                    QStringLiteral("Quầy 1"));
    m_counter2 = m_server->addKiosk(QStringLiteral("k2"), QStringLiteral("mot-cua"),
                                    QStringLiteral("Quầy 2"));
    m_offlineToken = m_server->addKiosk(QStringLiteral("k3"), QStringLiteral("mot-cua"),
                                        QStringLiteral("Quầy 3"));
    QVERIFY(!m_counter1.isEmpty() && !m_counter2.isEmpty() && !m_offlineToken.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu của Lan")));
    QVERIFY(m_server->addUser(QStringLiteral("xem"), QStringLiteral("viewer"),
                              QStringLiteral("mật khẩu chỉ xem")));
    QVERIFY(m_server->addUser(QStringLiteral("hoa"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu của Hoa")));

    QFile certificate(QDir(m_server->dataDir()).filePath(QStringLiteral("server.pem")));
    QFile key(QDir(m_server->dataDir()).filePath(QStringLiteral("server-key.pem")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_relay = std::make_unique<SmtpTestRelay>(QSslCertificate(certificate.readAll(), QSsl::Pem),
                                              QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    m_relay->requireLogin(relayUser, relayPassword);
    QVERIFY(m_relay->start());
    QVERIFY(writeSmtp(m_relay->serverPort(), QStringLiteral("23:59")));
    QVERIFY(restart());
    QVERIFY(logIn(m_lan, QStringLiteral("lan"), QStringLiteral("mật khẩu của Lan")));
    QVERIFY(logIn(m_xem, QStringLiteral("xem"), QStringLiteral("mật khẩu chỉ xem")));
    QVERIFY(logIn(m_hoa, QStringLiteral("hoa"), QStringLiteral("mật khẩu của Hoa")));
    QVERIFY(logIn(m_admin, QStringLiteral("admin"), m_server->adminPassword()));
}

void NotificationsTest::cleanupTestCase()
{
    m_server.reset();
    m_relay.reset();
}

HttpReply NotificationsTest::choose(Staff &staff, const QJsonObject &body, bool withCsrf)
{
    return staff.client->putJson(m_server->url(QStringLiteral("/api/v1/me/notifications")), body,
                                 withCsrf ? csrfHeader(staff.csrf)
                                          : QList<QPair<QByteArray, QByteArray>>{});
}

QString NotificationsTest::send(const QString &token, int overall, const QString &comment,
                                const QStringList &reasons)
{
    const QString id = TestRatings::newId();
    QJsonObject rating =
        TestRatings::rating(id, QDateTime::currentDateTimeUtc().addSecs(-5), ++m_seq, overall);
    if (!comment.isEmpty())
        rating.insert(QStringLiteral("comment"), comment);
    if (!reasons.isEmpty())
        rating.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    TlsClient kiosk(m_server->caPath());
    const HttpReply reply = kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                           TestRatings::batch({rating}), TlsClient::bearer(token));
    if (reply.status != 200 || TestRatings::firstStatus(reply.json()) != QLatin1String("accepted"))
        return {};
    ++m_sent;
    if (overall <= 2)
        ++m_low;
    return id;
}

QJsonObject NotificationsTest::mailStatus()
{
    return m_admin.client->get(m_server->url(QStringLiteral("/api/v1/me/notifications")))
        .json()
        .value(QLatin1String("mail"))
        .toObject();
}

void NotificationsTest::eachUserChoosesAndBadInputChangesNothing()
{
    const QJsonArray every{QStringLiteral("low-with-comment"), QStringLiteral("low-run"),
                           QStringLiteral("kiosk-offline"), QStringLiteral("daily-digest")};
    const HttpReply lan =
        choose(m_lan, {{QStringLiteral("email"), lanMail}, {QStringLiteral("kinds"), every}});
    QCOMPARE(lan.status, 200);
    QCOMPARE(lan.json().value(QLatin1String("kinds")).toArray(), every);
    QCOMPARE(choose(m_xem, {{QStringLiteral("email"), xemMail},
                            {QStringLiteral("kinds"), QJsonArray{QStringLiteral("low-with-comment"),
                                                                 QStringLiteral("daily-digest")}}})
                 .status,
             200);
    QCOMPARE(choose(m_hoa, {{QStringLiteral("email"), hoaMail},
                            {QStringLiteral("kinds"), QJsonArray{QStringLiteral("kiosk-offline")}}})
                 .status,
             200);

    const QJsonObject before =
        m_xem.client->get(m_server->url(QStringLiteral("/api/v1/me/notifications"))).json();
    QCOMPARE(before.value(QLatin1String("email")).toString(), xemMail);
    QCOMPARE(before.value(QLatin1String("mail")).toObject().value(QLatin1String("enabled")),
             QJsonValue(true));
    // The relay's address and counts are the admin's, who runs it.
    QVERIFY(!before.value(QLatin1String("mail")).toObject().contains(QLatin1String("relay")));
    QCOMPARE(mailStatus().value(QLatin1String("relay")).toString(),
             QStringLiteral("smtp://127.0.0.1:%1").arg(m_relay->serverPort()));

    const QList<QJsonObject> refused = {
        {{QStringLiteral("email"), QStringLiteral("không phải thư")},
         {QStringLiteral("kinds"), QJsonArray{QStringLiteral("low-run")}}},
        {{QStringLiteral("email"), QStringLiteral("a@b.vn\r\nBcc: c@d.vn")},
         {QStringLiteral("kinds"), QJsonArray{}}},
        {{QStringLiteral("email"), xemMail},
         {QStringLiteral("kinds"), QJsonArray{QStringLiteral("everything")}}},
        {{QStringLiteral("email"), QString()},
         {QStringLiteral("kinds"), QJsonArray{QStringLiteral("low-run")}}},
        {{QStringLiteral("email"), xemMail}},
        {{QStringLiteral("email"), xemMail},
         {QStringLiteral("kinds"), QJsonArray{}},
         {QStringLiteral("role"), QStringLiteral("admin")}}};
    for (const QJsonObject &body : refused) {
        const HttpReply reply = choose(m_xem, body);
        QVERIFY2(reply.status == 400, reply.body.constData());
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid-notifications"));
    }
    QCOMPARE(choose(m_xem,
                    {{QStringLiteral("email"), QString()}, {QStringLiteral("kinds"), QJsonArray{}}},
                    false)
                 .status,
             403);
    const QJsonObject after =
        m_xem.client->get(m_server->url(QStringLiteral("/api/v1/me/notifications"))).json();
    QCOMPARE(after.value(QLatin1String("email")), before.value(QLatin1String("email")));
    QCOMPARE(after.value(QLatin1String("kinds")), before.value(QLatin1String("kinds")));

    TlsClient anonymous(m_server->caPath());
    QCOMPARE(anonymous.get(m_server->url(QStringLiteral("/api/v1/me/notifications"))).status, 401);
}

void NotificationsTest::lowRatingWithCommentReachesThoseWhoChoseIt()
{
    // A level-3 comment and a level-1 rating without one are no such notice.
    QVERIFY(!send(m_counter1, 3, QStringLiteral("Bình thường thôi")).isEmpty());
    QVERIFY(!send(m_counter1, 1).isEmpty());
    QVERIFY(!send(m_counter1, 1, QStringLiteral("Chờ quá lâu, gọi lại cho tôi 0912345678"),
                  {QStringLiteral("cho-lau")})
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->mails().size(), 2, mailWaitMs);
    QTest::qWait(1000); // time for a wrong third mail to arrive
    QCOMPARE(m_relay->mails().size(), 2);
    QCOMPARE(m_relay->mailsTo(lanMail).size(), 1);
    QCOMPARE(m_relay->mailsTo(xemMail).size(), 1);
    for (const ReceivedMail &mail : m_relay->mails()) {
        QCOMPARE(mail.to.size(), 1);
        QVERIFY(mail.overTls);
        QCOMPARE(mail.from, QStringLiteral("hailong@xa.gov.vn"));
        QVERIFY2(mail.subject().contains(QStringLiteral("Đánh giá mức 1 – Rất không hài lòng có "
                                                        "góp ý")),
                 qPrintable(mail.subject()));
        QVERIFY(mail.subject().contains(QStringLiteral("Quầy 1")));
        const QString text = mail.text();
        QVERIFY2(text.contains(QStringLiteral("Chờ quá lâu, gọi lại cho tôi")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("0912345678")));
        QVERIFY(text.contains(QStringLiteral("Bộ phận Một cửa, Quầy 1")));
        QVERIFY(text.contains(QStringLiteral("Lý do: Chờ lâu")));
        QVERIFY(!mail.header("Date").isEmpty());
        QVERIFY(mail.header("Message-ID").contains(QLatin1String("@xa.gov.vn>")));
        QVERIFY(mail.header("Content-Type").contains(QLatin1String("charset=UTF-8")));
    }
    // Every command after STARTTLS went over TLS, the login too.
    bool encrypted = false;
    for (const SmtpTestRelay::Command &command : m_relay->commands()) {
        if (command.verb == "STARTTLS")
            encrypted = true;
        else if (command.verb != "EHLO" && command.verb != "QUIT")
            QVERIFY2(command.overTls, command.verb.constData());
    }
    QVERIFY(encrypted);
}

void NotificationsTest::runOfLowRatingsAtOneCounterGivesOneMail()
{
    const qsizetype before = m_relay->mails().size();
    for (const int level : {2, 4, 1, 2, 1})
        QVERIFY(!send(m_counter2, level).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->mails().size(), before + 1, mailWaitMs);
    QTest::qWait(1000);
    QCOMPARE(m_relay->mails().size(), before + 1);
    const ReceivedMail run = m_relay->mails().constLast();
    QCOMPARE(run.to, QStringList{lanMail});
    QVERIFY2(run.subject().contains(QStringLiteral("3/4 đánh giá gần nhất không hài lòng")),
             qPrintable(run.subject()));
    QVERIFY(run.subject().contains(QStringLiteral("Quầy 2")));
}

void NotificationsTest::kioskGoingOfflineGivesOneMail()
{
    const qsizetype before = m_relay->mails().size();
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("seen"));
        QVERIFY(db.isOpen());
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("UPDATE kiosks SET last_seen = ? WHERE id = 'k3'"));
        seen.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-20 * 60).toMSecsSinceEpoch());
        QVERIFY(seen.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seen"));
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->mails().size(), before + 2, mailWaitMs);
    QTest::qWait(2500); // two more checks: no second mail for the same absence
    QCOMPARE(m_relay->mails().size(), before + 2);
    QCOMPARE(m_relay->mailsTo(hoaMail).size(), 1);
    const ReceivedMail offline = m_relay->mailsTo(hoaMail).constFirst();
    QVERIFY2(offline.subject().contains(QStringLiteral("Kiosk k3 mất kết nối")),
             qPrintable(offline.subject()));
    QVERIFY(offline.text().contains(QStringLiteral("Quầy 3")));
}

void NotificationsTest::dailyDigestCarriesTheDaysFigures()
{
    const qsizetype before = m_relay->mails().size();
    const QJsonObject daily =
        m_lan.client->get(m_server->url(QStringLiteral("/api/v1/daily"))).json();
    const int n = daily.value(QLatin1String("n")).toInt();
    QCOMPARE(n, m_sent);
    QVERIFY(writeSmtp(m_relay->serverPort(), QStringLiteral("00:00")));
    QVERIFY(restart());
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->mails().size(), before + 2, mailWaitMs);
    QTest::qWait(2500); // once a day; and k3, still offline, is not mailed again
    QCOMPARE(m_relay->mails().size(), before + 2);

    const ReceivedMail manager = m_relay->mailsTo(lanMail).constLast();
    const ReceivedMail viewer = m_relay->mailsTo(xemMail).constLast();
    const QString rate = percentText(daily.value(QLatin1String("rate")).toDouble());
    for (const ReceivedMail &mail : {manager, viewer}) {
        QVERIFY2(mail.subject().contains(QStringLiteral("Tổng hợp ngày")),
                 qPrintable(mail.subject()));
        const QString text = mail.text();
        QVERIFY2(text.contains(QStringLiteral("Số phiếu đánh giá: %1\n").arg(n)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Hài lòng: %1 %").arg(rate)));
        QVERIFY(text.contains(QStringLiteral("Đánh giá mức 1–2: %1\n").arg(m_low)));
        QVERIFY(text.contains(QStringLiteral("Mức độ hài lòng của người dân, tổ chức")));
    }
    // Every low rating opened a case; the viewer does not see cases.
    QVERIFY2(manager.text().contains(QStringLiteral("Phản ánh đang chờ trả lời: ")),
             qPrintable(manager.text()));
    QVERIFY(!viewer.text().contains(QStringLiteral("Phản ánh")));
}

void NotificationsTest::anotherCentresStaffHearNothingOfThisOne()
{
    // Another commune's centre on the same server, with a manager of its own.
    QCOMPARE(m_server->run({QStringLiteral("centre"), QStringLiteral("add"), QStringLiteral("khac"),
                            QStringLiteral("--name"), QStringLiteral("Xã Khác")}),
             0);
    QCOMPARE(m_server->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("khac"),
                            QStringLiteral("--role"), QStringLiteral("manager"),
                            QStringLiteral("--centre"), QStringLiteral("khac")},
                           QByteArrayLiteral("mật khẩu xã khác\n")),
             0);
    QVERIFY(logIn(m_other, QStringLiteral("khac"), QStringLiteral("mật khẩu xã khác")));
    const QJsonArray every{QStringLiteral("low-with-comment"), QStringLiteral("low-run"),
                           QStringLiteral("kiosk-offline"), QStringLiteral("daily-digest")};
    QCOMPARE(
        choose(m_other, {{QStringLiteral("email"), otherMail}, {QStringLiteral("kinds"), every}})
            .status,
        200);
    const qsizetype before = m_relay->mails().size();
    // At counter 3, whose kiosk has no other rating: no run of low ratings there.
    QVERIFY(!send(m_offlineToken, 1, QStringLiteral("Thái độ chưa tốt")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_relay->mails().size(), before + 2, mailWaitMs);
    QTest::qWait(1000);
    QCOMPARE(m_relay->mails().size(), before + 2);
    QVERIFY(m_relay->mailsTo(otherMail).isEmpty());
}

void NotificationsTest::relayWithoutStartTlsGetsNothingInClear()
{
    QFile certificate(QDir(m_server->dataDir()).filePath(QStringLiteral("server.pem")));
    QFile key(QDir(m_server->dataDir()).filePath(QStringLiteral("server-key.pem")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    SmtpTestRelay clear(QSslCertificate(certificate.readAll(), QSsl::Pem),
                        QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem), false);
    QVERIFY(clear.start());
    QVERIFY(writeSmtp(clear.serverPort(), QStringLiteral("23:59")));
    QVERIFY(restart());
    QVERIFY(!send(m_counter1, 2, QStringLiteral("Không được hướng dẫn")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(mailStatus().value(QLatin1String("failed_attempts")).toInt() >= 1,
                             mailWaitMs);
    QVERIFY(!mailStatus().value(QLatin1String("last_error")).toString().isEmpty());
    QVERIFY(clear.mails().isEmpty());
    QVERIFY(!clear.commands().isEmpty());
    for (const SmtpTestRelay::Command &command : clear.commands())
        QVERIFY2(command.verb == "EHLO" || command.verb == "QUIT", command.verb.constData());
}

void NotificationsTest::unreachableRelayLosesNoRating()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QVERIFY(writeSmtp(closedPort, QStringLiteral("23:59")));
    QVERIFY(restart());
    const int before = m_lan.client->get(m_server->url(QStringLiteral("/api/v1/daily")))
                           .json()
                           .value(QLatin1String("n"))
                           .toInt();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!send(m_counter1, 1, QStringLiteral("Góp ý số %1").arg(i)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(mailStatus().value(QLatin1String("failed_attempts")).toInt() >= 1,
                             mailWaitMs);
    TlsClient probe(m_server->caPath());
    QCOMPARE(probe.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
    QCOMPARE(m_lan.client->get(m_server->url(QStringLiteral("/api/v1/daily")))
                 .json()
                 .value(QLatin1String("n"))
                 .toInt(),
             before + 3);
}

void NotificationsTest::silentRelayHoldsUpNothing()
{
    // A relay that takes the connection and never says a word: the mail waits on its own
    // thread while kiosks and staff are served.
    QTcpServer silent;
    QList<QTcpSocket *> held;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QVERIFY(writeSmtp(silent.serverPort(), QStringLiteral("23:59")));
    QVERIFY(restart());
    const int before = m_lan.client->get(m_server->url(QStringLiteral("/api/v1/daily")))
                           .json()
                           .value(QLatin1String("n"))
                           .toInt();
    QVERIFY(!send(m_counter1, 1, QStringLiteral("Góp ý đầu tiên")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), mailWaitMs);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!send(m_counter2, 5).isEmpty());
    QCOMPARE(m_lan.client->get(m_server->url(QStringLiteral("/api/v1/daily")))
                 .json()
                 .value(QLatin1String("n"))
                 .toInt(),
             before + 6);
    const QJsonObject status = mailStatus();
    QCOMPARE(status.value(QLatin1String("sent")).toInt(), 0);
    QVERIFY(status.value(QLatin1String("waiting")).toInt() >= 1);
    m_server->stop();
    QVERIFY(!m_server->isRunning());
}

QTEST_GUILESS_MAIN(NotificationsTest)
#include "tst_notifications.moc"
