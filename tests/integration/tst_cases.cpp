// Complaint cases against the real server over TLS: which ratings open one (a kiosk's and a
// dossier link's), a resend opens none, a case's life through the API with roles and CSRF,
// the overdue alert after case_answer_days working days, and the report's counts.
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace hailong;
using namespace hailong::testing;

class CasesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lowRatingsAndCommentsOpenCases();
    void resentBatchOpensNoSecondCase();
    void linkRatingOpensACaseTiedToItsDossier();
    void rolesAndCsrfGuardTheCases();
    void caseMovesForwardOnly();
    void badMovesChangeNothing();
    void overdueAfterTheCentresWorkingDays();
    void reportCountsTheCases();

private:
    QJsonArray cases(const QString &status = {});
    QJsonObject caseById(const QString &id, const QString &status = {});
    HttpReply move(const QString &id, const QJsonObject &body, bool withCsrf = true);
    int storedCases();
    bool execute(const QString &sql);
    QList<QPair<QByteArray, QByteArray>> csrf() const
    {
        return {{QByteArrayLiteral("X-CSRF-Token"), m_csrf.toUtf8()}};
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TlsClient> m_manager;
    QString m_kioskToken;
    QString m_integrationToken;
    QString m_csrf;
    QJsonObject m_batch;
    // The ids of the batch's ratings that open a case, in the order they were sent.
    QStringList m_complaints;
    QString m_linkCase;
    QString m_movedCase; // answered by caseMovesForwardOnly on the day it opened
};

void CasesTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    QVERIFY(m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                              QStringLiteral("UBND xã Hài Lòng")));
    m_kioskToken =
        m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("quay-1"));
    QVERIFY(!m_kioskToken.isEmpty());
    m_integrationToken = m_server->addIntegration(QStringLiteral("mot-cua"));
    QVERIFY(!m_integrationToken.isEmpty());
    QVERIFY(m_server->addUser(QStringLiteral("lan"), QStringLiteral("manager"),
                              QStringLiteral("mật khẩu dài")));
    QVERIFY(m_server->addUser(QStringLiteral("xem"), QStringLiteral("viewer"),
                              QStringLiteral("xem-thoi-123")));
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    m_manager = std::make_unique<TlsClient>(m_server->caPath());
    const HttpReply login =
        m_server->logIn(*m_manager, QStringLiteral("lan"), QStringLiteral("mật khẩu dài"));
    QCOMPARE(login.status, 200);
    m_csrf = login.json().value(QLatin1String("csrf")).toString();
}

void CasesTest::cleanupTestCase()
{
    m_manager.reset();
    m_server.reset();
}

QJsonArray CasesTest::cases(const QString &status)
{
    const HttpReply reply = m_manager->get(
        m_server->url(status.isEmpty() ? QStringLiteral("/api/v1/cases")
                                       : QStringLiteral("/api/v1/cases?status=") + status));
    if (reply.status != 200)
        qWarning() << "cases:" << reply.status << reply.body;
    return reply.json().value(QLatin1String("cases")).toArray();
}

QJsonObject CasesTest::caseById(const QString &id, const QString &status)
{
    for (const QJsonValue &value : cases(status)) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

HttpReply CasesTest::move(const QString &id, const QJsonObject &body, bool withCsrf)
{
    return m_manager->postJson(m_server->url(QStringLiteral("/api/v1/cases/") + id), body,
                               withCsrf ? csrf() : QList<QPair<QByteArray, QByteArray>>{});
}

int CasesTest::storedCases()
{
    int count = -1;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("count"));
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

bool CasesTest::execute(const QString &sql)
{
    bool done = false;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("execute"));
        done = db.isOpen() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("execute"));
    return done;
}

void CasesTest::lowRatingsAndCommentsOpenCases()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Sent
    {
        int overall;
        QString comment;
        bool suspect;
        bool opens;
    };
    const QList<Sent> sent{
        {1, {}, false, true},
        {5, {}, false, false},
        {5, QStringLiteral("Cán bộ rất tận tình"), false, true},
        {2, {}, false, true},
        {4, QStringLiteral("Gọi lại cho tôi số 0912 345 678"), false, true},
        {3, {}, false, false},
        // A burst no person could give is left out of the figures, and opens no case.
        {1, {}, true, false},
    };
    QJsonArray ratings;
    for (int i = 0; i < sent.size(); ++i) {
        const QString id = TestRatings::newId();
        QJsonObject rating =
            TestRatings::rating(id, now.addSecs(-60 * (10 - i)), i + 1, sent.at(i).overall);
        if (!sent.at(i).comment.isEmpty())
            rating.insert(QStringLiteral("comment"), sent.at(i).comment);
        if (sent.at(i).suspect)
            rating.insert(QStringLiteral("suspect"), true);
        if (i == 0)
            rating.insert(QStringLiteral("reasons"), QJsonArray{QStringLiteral("cho-lau")});
        ratings.append(rating);
        if (sent.at(i).opens)
            m_complaints.append(id);
    }
    m_batch = TestRatings::batch(ratings);
    TlsClient kiosk(m_server->caPath());
    const HttpReply stored = kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                            m_batch, TlsClient::bearer(m_kioskToken));
    QCOMPARE(stored.status, 200);

    const QJsonArray open = cases();
    QCOMPARE(open.size(), m_complaints.size());
    QStringList listed;
    for (const QJsonValue &value : open) {
        const QJsonObject item = value.toObject();
        listed.append(item.value(QLatin1String("id")).toString());
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        QCOMPARE(item.value(QLatin1String("age_days")).toInt(), 0);
        QCOMPARE(item.value(QLatin1String("handler")).toString(), QString());
        const QJsonObject rating = item.value(QLatin1String("rating")).toObject();
        QCOMPARE(rating.value(QLatin1String("unit")).toString(), QStringLiteral("ubnd"));
        QCOMPARE(rating.value(QLatin1String("counter")).toString(), QStringLiteral("quay-1"));
        QCOMPARE(rating.value(QLatin1String("dossier_tied")), QJsonValue(false));
        QVERIFY(!rating.contains(QLatin1String("dossier")));
    }
    std::sort(listed.begin(), listed.end());
    QStringList expected = m_complaints;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(listed, expected);

    const QJsonObject first =
        caseById(m_complaints.at(0)).value(QLatin1String("rating")).toObject();
    QCOMPARE(first.value(QLatin1String("overall")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("reasons")).toArray(),
             QJsonArray{QStringLiteral("cho-lau")});
    // The phone number in a comment is masked before it is stored, and so in the case.
    const QString masked = caseById(m_complaints.at(3))
                               .value(QLatin1String("rating"))
                               .toObject()
                               .value(QLatin1String("comment"))
                               .toString();
    QVERIFY2(masked.startsWith(QStringLiteral("Gọi lại cho tôi số")), qPrintable(masked));
    QVERIFY2(!masked.contains(QStringLiteral("345")), qPrintable(masked));
}

void CasesTest::resentBatchOpensNoSecondCase()
{
    const int before = storedCases();
    QCOMPARE(before, m_complaints.size());
    TlsClient kiosk(m_server->caPath());
    const HttpReply again = kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                           m_batch, TlsClient::bearer(m_kioskToken));
    QCOMPARE(again.status, 200);
    for (const QJsonValue &result : again.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("duplicate"));
    QCOMPARE(storedCases(), before);
    QCOMPARE(cases().size(), before);
}

void CasesTest::linkRatingOpensACaseTiedToItsDossier()
{
    const QJsonObject dossier{
        {QStringLiteral("code"), QStringLiteral("HS-CASE-1")},
        {QStringLiteral("unit"), QStringLiteral("ubnd")},
        {QStringLiteral("field"), QStringLiteral("ho-tich")},
        {QStringLiteral("channel"), QStringLiteral("counter")},
        {QStringLiteral("received_at"), QStringLiteral("2026-01-05T08:00:00+07:00")},
        {QStringLiteral("due_at"), QStringLiteral("2026-01-06 17:00")}};
    TlsClient phone(m_server->caPath());
    const HttpReply posted = phone.postJson(m_server->url(QStringLiteral("/api/v1/dossiers")),
                                            {{QStringLiteral("dossiers"), QJsonArray{dossier}}},
                                            TlsClient::bearer(m_integrationToken));
    QCOMPARE(posted.status, 200);
    const QString url = posted.json()
                            .value(QLatin1String("results"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QLatin1String("rating_url"))
                            .toString();
    QVERIFY2(!url.isEmpty(), posted.body.constData());
    const HttpReply rated =
        phone.postJson(m_server->url(QStringLiteral("/api/v1/link-ratings")),
                       {{QStringLiteral("link"), url.section(QLatin1Char('/'), -1)},
                        {QStringLiteral("overall"), 2}});
    QCOMPARE(rated.status, 201);

    const QJsonArray open = cases();
    QCOMPARE(open.size(), m_complaints.size() + 1);
    // Oldest first: the link's case came last.
    const QJsonObject last = open.last().toObject();
    m_linkCase = last.value(QLatin1String("id")).toString();
    const QJsonObject rating = last.value(QLatin1String("rating")).toObject();
    QCOMPARE(rating.value(QLatin1String("channel")).toString(), QStringLiteral("link"));
    QCOMPARE(rating.value(QLatin1String("dossier_tied")), QJsonValue(true));
    QVERIFY(!QJsonDocument(last).toJson().contains("HS-CASE-1"));
}

void CasesTest::rolesAndCsrfGuardTheCases()
{
    const QString id = m_complaints.at(0);
    TlsClient viewer(m_server->caPath());
    const HttpReply login =
        m_server->logIn(viewer, QStringLiteral("xem"), QStringLiteral("xem-thoi-123"));
    QCOMPARE(login.status, 200);
    const QList<QPair<QByteArray, QByteArray>> viewerCsrf{
        {QByteArrayLiteral("X-CSRF-Token"),
         login.json().value(QLatin1String("csrf")).toString().toUtf8()}};
    QCOMPARE(viewer.get(m_server->url(QStringLiteral("/api/v1/cases"))).status, 403);
    const HttpReply viewerMove =
        viewer.postJson(m_server->url(QStringLiteral("/api/v1/cases/") + id),
                        {{QStringLiteral("status"), QStringLiteral("closed")}}, viewerCsrf);
    QCOMPARE(viewerMove.status, 403);
    TlsClient nobody(m_server->caPath());
    QCOMPARE(nobody.get(m_server->url(QStringLiteral("/api/v1/cases"))).status, 401);

    const HttpReply noCsrf =
        move(id, {{QStringLiteral("status"), QStringLiteral("closed")}}, false);
    QCOMPARE(noCsrf.status, 403);
    QVERIFY(noCsrf.json().contains(QLatin1String("error")));
    QCOMPARE(caseById(id).value(QLatin1String("status")).toString(), QStringLiteral("open"));

    const HttpReply badFilter =
        m_manager->get(m_server->url(QStringLiteral("/api/v1/cases?status=pending")));
    QCOMPARE(badFilter.status, 400);
    QCOMPARE(badFilter.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid-status"));
}

void CasesTest::caseMovesForwardOnly()
{
    m_movedCase = m_complaints.at(1);
    const HttpReply taken =
        move(m_movedCase, {{QStringLiteral("status"), QStringLiteral("in-progress")},
                           {QStringLiteral("note"), QStringLiteral("Đã gọi 0987654321 để hẹn")}});
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json().value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    QCOMPARE(taken.json().value(QLatin1String("handler")).toString(), QStringLiteral("lan"));
    // A note is masked as a comment is: no contact data is kept in a case either.
    QVERIFY(!taken.json().value(QLatin1String("note")).toString().contains(QStringLiteral("654")));
    QVERIFY(
        taken.json().value(QLatin1String("note")).toString().startsWith(QStringLiteral("Đã gọi")));

    const HttpReply again =
        move(m_movedCase, {{QStringLiteral("status"), QStringLiteral("in-progress")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid-move"));

    const HttpReply answered = move(
        m_movedCase, {{QStringLiteral("status"), QStringLiteral("answered")},
                      {QStringLiteral("action"), QStringLiteral("Đã xin lỗi và hướng dẫn lại")}});
    QCOMPARE(answered.status, 200);
    // Still waiting: open and in progress only; answered ones are asked for by status.
    QVERIFY(caseById(m_movedCase).isEmpty());
    const QJsonObject shown = caseById(m_movedCase, QStringLiteral("answered"));
    QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("answered"));
    QVERIFY(shown.value(QLatin1String("note")).toString().startsWith(QStringLiteral("Đã gọi")));
    QCOMPARE(shown.value(QLatin1String("action")).toString(),
             QStringLiteral("Đã xin lỗi và hướng dẫn lại"));
    QCOMPARE(shown.value(QLatin1String("handler")).toString(), QStringLiteral("lan"));

    QCOMPARE(move(m_movedCase, {{QStringLiteral("status"), QStringLiteral("closed")}}).status, 200);
    QCOMPARE(
        caseById(m_movedCase, QStringLiteral("closed")).value(QLatin1String("status")).toString(),
        QStringLiteral("closed"));
    const HttpReply back =
        move(m_movedCase, {{QStringLiteral("status"), QStringLiteral("answered")}});
    QCOMPARE(back.status, 409);
    QCOMPARE(back.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid-move"));

    // Each move is in the audit log, under the manager's name, without the note's text.
    TlsClient admin(m_server->caPath());
    QCOMPARE(m_server->logInAdmin(admin).status, 200);
    const HttpReply audit = admin.get(m_server->url(QStringLiteral("/api/v1/audit?limit=50")));
    QCOMPARE(audit.status, 200);
    int moves = 0;
    for (const QJsonValue &entry : audit.json().value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = entry.toObject();
        if (e.value(QLatin1String("action")).toString() != QLatin1String("case-move"))
            continue;
        ++moves;
        QCOMPARE(e.value(QLatin1String("user")).toString(), QStringLiteral("lan"));
        QVERIFY(e.value(QLatin1String("target")).toString().startsWith(m_movedCase));
    }
    QCOMPARE(moves, 3);
    QVERIFY(!audit.body.contains("Đã gọi"));
}

void CasesTest::badMovesChangeNothing()
{
    const QString id = m_complaints.at(2);
    const auto refused = [&](const QJsonObject &body, int status, const QString &error) {
        const HttpReply reply = move(id, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
    };
    refused({{QStringLiteral("status"), QStringLiteral("open")}}, 400,
            QStringLiteral("invalid-status"));
    refused({{QStringLiteral("status"), QStringLiteral("done")}}, 400,
            QStringLiteral("invalid-status"));
    refused({}, 400, QStringLiteral("invalid-status"));
    refused({{QStringLiteral("status"), QStringLiteral("answered")},
             {QStringLiteral("note"), QString(1001, QLatin1Char('x'))}},
            400, QStringLiteral("invalid-note"));
    refused(
        {{QStringLiteral("status"), QStringLiteral("answered")}, {QStringLiteral("action"), 42}},
        400, QStringLiteral("invalid-action"));
    const HttpReply unknown = move(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                   {{QStringLiteral("status"), QStringLiteral("closed")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-case"));
    const HttpReply notJson =
        m_manager->post(m_server->url(QStringLiteral("/api/v1/cases/") + id), "status=closed",
                        {{QByteArrayLiteral("X-CSRF-Token"), m_csrf.toUtf8()},
                         {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
    QCOMPARE(notJson.status, 415);

    const QJsonObject unchanged = caseById(id);
    QCOMPARE(unchanged.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(unchanged.value(QLatin1String("note")).toString(), QString());
    QCOMPARE(unchanged.value(QLatin1String("handler")).toString(), QString());
}

void CasesTest::overdueAfterTheCentresWorkingDays()
{
    // Seven calendar days hold exactly five working days, and fourteen hold ten, whatever day
    // the test runs: the first case is 5 working days old (not yet over the default 5), the
    // second 10 (overdue).
    const QString five = m_complaints.at(0);
    const QString ten = m_complaints.at(2);
    QVERIFY(execute(QStringLiteral("UPDATE cases SET opened_at = opened_at - %1 WHERE rating_id "
                                   "= '%2'")
                        .arg(7LL * 86400000)
                        .arg(five)));
    QVERIFY(execute(QStringLiteral("UPDATE cases SET opened_at = opened_at - %1 WHERE rating_id "
                                   "= '%2'")
                        .arg(14LL * 86400000)
                        .arg(ten)));

    const QJsonArray open = cases();
    // Oldest first.
    QCOMPARE(open.at(0).toObject().value(QLatin1String("id")).toString(), ten);
    QCOMPARE(open.at(1).toObject().value(QLatin1String("id")).toString(), five);
    QCOMPARE(open.at(0).toObject().value(QLatin1String("age_days")).toInt(), 10);
    QCOMPARE(open.at(0).toObject().value(QLatin1String("overdue")), QJsonValue(true));
    QCOMPARE(open.at(1).toObject().value(QLatin1String("age_days")).toInt(), 5);
    QCOMPARE(open.at(1).toObject().value(QLatin1String("overdue")), QJsonValue(false));

    const auto overdueAlerts = [this] {
        QStringList ids;
        const HttpReply alerts = m_manager->get(m_server->url(QStringLiteral("/api/v1/alerts")));
        for (const QJsonValue &value : alerts.json().value(QLatin1String("alerts")).toArray()) {
            const QJsonObject alert = value.toObject();
            if (alert.value(QLatin1String("kind")).toString() == QLatin1String("case-overdue"))
                ids.append(alert.value(QLatin1String("case")).toString());
        }
        return ids;
    };
    QCOMPARE(overdueAlerts(), QStringList{ten});

    // The centre allows four working days: the five-day-old case is overdue too.
    m_server->stop();
    const QString centrePath = m_server->dataDir() + QStringLiteral("/centre.json");
    QFile centre(centrePath);
    QVERIFY(centre.open(QIODevice::ReadOnly));
    QJsonObject settings = QJsonDocument::fromJson(centre.readAll()).object();
    centre.close();
    settings.insert(QStringLiteral("case_answer_days"), 4);
    QVERIFY(centre.open(QIODevice::WriteOnly | QIODevice::Truncate));
    centre.write(QJsonDocument(settings).toJson());
    centre.close();
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0")}));
    QStringList both = overdueAlerts();
    both.sort();
    QStringList expected{ten, five};
    expected.sort();
    QCOMPARE(both, expected);
    QCOMPARE(caseById(five).value(QLatin1String("overdue")), QJsonValue(true));
    // An answered case is overdue no more.
    QCOMPARE(move(ten, {{QStringLiteral("status"), QStringLiteral("answered")}}).status, 200);
    QCOMPARE(overdueAlerts(), QStringList{five});
}

void CasesTest::reportCountsTheCases()
{
    // Received: every case (the batch's four and the link's, the oldest 14 days back).
    // Answered in time: the one answered on the day it opened; the ten-day-old one was answered
    // late. Open: the rest.
    const int received = m_complaints.size() + 1;
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    const QString period = today.addDays(-20).toString(Qt::ISODate) + QStringLiteral("..") +
                           today.toString(Qt::ISODate);
    const HttpReply report = m_manager->get(
        m_server->url(QStringLiteral("/api/v1/report?format=json&period=") + period));
    QCOMPARE(report.status, 200);
    const QJsonObject counted = report.json().value(QLatin1String("cases")).toObject();
    QCOMPARE(counted.value(QLatin1String("received")).toInt(), received);
    QCOMPARE(counted.value(QLatin1String("answered_in_time")).toInt(), 1);
    QCOMPARE(counted.value(QLatin1String("open")).toInt(), received - 2);

    const HttpReply csv =
        m_manager->get(m_server->url(QStringLiteral("/api/v1/report?format=csv&period=") + period));
    QCOMPARE(csv.status, 200);
    const QString text = QString::fromUtf8(csv.body);
    QVERIFY2(text.contains(QStringLiteral("8. Phản ánh, kiến nghị của người dân")),
             qPrintable(text.right(600)));
    QVERIFY(text.contains(QStringLiteral("Trả lời đúng hạn (trong 4 ngày làm việc)")));
}

QTEST_GUILESS_MAIN(CasesTest)
#include "tst_cases.moc"
