// The province view against the real server over TLS, on SQLite and PostgreSQL: three centres
// (one without ratings) side by side in GET /api/v1/centres with the figures each centre's own
// GET /api/v1/indicators gives and a shrunk rate between the centre's rate and the province's;
// refused to a centre's user; the province report (scope=province) read back from its CSV, XLSX,
// PDF and JSON; the public figures and page per centre, without comments.
#include "TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>
#include <map>

using namespace hailong::testing;

class ProvinceViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void centresCarryTheirOwnIndicators();
    void shrunkRatesLieBetweenCentreAndProvince();
    void centresAreTheProvincesAlone();
    void sessionsSayWhoseCentre();
    void badPeriodsAreRefused_data();
    void badPeriodsAreRefused();
    void provinceReportRowPerCentre();
    void provinceReportInEnglish();
    void provinceReportAsSpreadsheetAndPdf();
    void provinceReportRefusals_data();
    void provinceReportRefusals();
    void provinceReportFromTheCommandLine();
    void publicFiguresPerCentre();
    void publicPagePerCentre();

private:
    void send(const QString &token, const QList<int> &levels);
    TlsClient &client(const QString &user);
    QString period() const;
    QJsonObject centres();
    HttpReply report(const QString &user, const QString &query);
    // The CSV's rows from the column headings ("STT"/"No.") to the first empty line.
    static QList<QStringList> csvTable(const QByteArray &bytes);

    std::map<QString, std::unique_ptr<TlsClient>> m_clients;
    std::unique_ptr<TestServer> m_server;
    qint64 m_seq = 0;
};

void ProvinceViewTest::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(m_server->init(), qPrintable(m_server->lastOutput()));
    for (const auto &[id, name] :
         {std::pair{QStringLiteral("xa-b"), QStringLiteral("Xã Bình An")},
          std::pair{QStringLiteral("xa-c"), QStringLiteral("Xã Cát Tiên")}})
        QCOMPARE(m_server->run({QStringLiteral("centre"), QStringLiteral("add"), id,
                                QStringLiteral("--name"), name}),
                 0);
    for (const auto &[unit, centre] : {std::pair{QStringLiteral("ubnd-a"), QStringLiteral("main")},
                                       std::pair{QStringLiteral("ubnd-b"), QStringLiteral("xa-b")}})
        QCOMPARE(
            m_server->run({QStringLiteral("unit"), QStringLiteral("add"), unit,
                           QStringLiteral("--kind"), QStringLiteral("admin"),
                           QStringLiteral("--name"), unit, QStringLiteral("--centre"), centre}),
            0);
    const QString tokenA = m_server->addKiosk(QStringLiteral("k-a"), QStringLiteral("ubnd-a"));
    const QString tokenB = m_server->addKiosk(QStringLiteral("k-b"), QStringLiteral("ubnd-b"));
    QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
    for (const QStringList &user :
         {QStringList{QStringLiteral("lan-a"), QStringLiteral("--centre"), QStringLiteral("main")},
          QStringList{QStringLiteral("tinh"), QStringLiteral("--province")}})
        QCOMPARE(m_server->run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + user +
                                   QStringList{QStringLiteral("--role"), QStringLiteral("manager")},
                               "mat-khau-du-dai\n"),
                 0);
    // Ten ratings today are enough for an indicator below target to alert: centre A's will.
    QVERIFY(m_server->start({QStringLiteral("--kiosk-rate-limit"), QStringLiteral("0"),
                             QStringLiteral("--alert-min-ratings"), QStringLiteral("10")}));
    // Centre A: 20 ratings, 18 satisfied. Centre B: 4 ratings, 1 satisfied. C: none.
    QList<int> a(16, 5);
    a << 4 << 4 << 2 << 1;
    send(tokenA, a);
    send(tokenB, {5, 2, 1, 3});
}

void ProvinceViewTest::cleanupTestCase()
{
    m_clients.clear();
    m_server.reset();
}

TlsClient &ProvinceViewTest::client(const QString &user)
{
    std::unique_ptr<TlsClient> &found = m_clients[user];
    if (!found) {
        found = std::make_unique<TlsClient>(m_server->caPath());
        const HttpReply login = m_server->logIn(*found, user, QStringLiteral("mat-khau-du-dai"));
        if (login.status != 200)
            qWarning() << "login failed" << user << login.status;
    }
    return *found;
}

QString ProvinceViewTest::period() const
{
    const QString today =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    return QStringLiteral("rule=calendar&period=%1..%1").arg(today);
}

void ProvinceViewTest::send(const QString &token, const QList<int> &levels)
{
    QJsonArray ratings;
    for (const int level : levels) {
        QJsonObject rating = TestRatings::rating(TestRatings::newId(),
                                                 QDateTime::currentDateTimeUtc(), ++m_seq, level);
        rating.insert(QStringLiteral("comment"), QStringLiteral("Góp ý riêng tư %1").arg(m_seq));
        ratings.append(rating);
    }
    TlsClient kiosk(m_server->caPath());
    const HttpReply sent = kiosk.postJson(m_server->url(QStringLiteral("/api/v1/ratings")),
                                          TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(sent.status, 200);
    for (const QJsonValue &result : sent.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("accepted"));
}

QJsonObject ProvinceViewTest::centres()
{
    const HttpReply reply = client(QStringLiteral("tinh"))
                                .get(m_server->url(QStringLiteral("/api/v1/centres?") + period()));
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

// Each row's indicators are the very objects the centre's own indicators read gives; the rows
// come best shrunk rate first, the centre without ratings last.
void ProvinceViewTest::centresCarryTheirOwnIndicators()
{
    const QJsonArray rows = centres().value(QLatin1String("centres")).toArray();
    QStringList order;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString id = row.value(QLatin1String("id")).toString();
        order << id;
        const QJsonObject own =
            client(QStringLiteral("tinh"))
                .get(m_server->url(
                    QStringLiteral("/api/v1/indicators?centre=%1&%2").arg(id, period())))
                .json();
        QCOMPARE(row.value(QLatin1String("indicators")).toArray(),
                 own.value(QLatin1String("indicators")).toArray());
        // Its alerts: the centre's own, without the server's certificates (every centre's).
        int alerts = 0;
        for (const QJsonValue &alert :
             client(QStringLiteral("tinh"))
                 .get(m_server->url(QStringLiteral("/api/v1/alerts?centre=") + id))
                 .json()
                 .value(QLatin1String("alerts"))
                 .toArray())
            alerts +=
                alert[QLatin1String("kind")].toString() != QLatin1String("certificate-expiry");
        QCOMPARE(row.value(QLatin1String("alerts")).toInt(), alerts);
    }
    QCOMPARE(order,
             QStringList({QStringLiteral("main"), QStringLiteral("xa-b"), QStringLiteral("xa-c")}));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Xã Bình An"));
    // Centre A's 18 of 20 today are below the 95 % target; B's 4 ratings are too few to alert.
    QVERIFY(rows.at(0).toObject().value(QLatin1String("alerts")).toInt() >= 1);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("alerts")).toInt(), 0);
}

void ProvinceViewTest::shrunkRatesLieBetweenCentreAndProvince()
{
    const QJsonObject body = centres();
    const QJsonObject province = body.value(QLatin1String("province")).toObject();
    QCOMPARE(province.value(QLatin1String("n")).toInteger(), 24);
    QCOMPARE(province.value(QLatin1String("satisfied")).toInteger(), 19);
    const double p = province.value(QLatin1String("rate")).toDouble();
    QVERIFY(body.value(QLatin1String("prior_strength")).toDouble() >= 20.0);
    std::map<QString, QJsonObject> byId;
    for (const QJsonValue &value : body.value(QLatin1String("centres")).toArray())
        byId[value.toObject().value(QLatin1String("id")).toString()] = value.toObject();
    QCOMPARE(byId[QStringLiteral("main")].value(QLatin1String("n")).toInteger(), 20);
    QCOMPARE(byId[QStringLiteral("xa-b")].value(QLatin1String("satisfied")).toInteger(), 1);
    for (const QString &id : {QStringLiteral("main"), QStringLiteral("xa-b")}) {
        const double rate = byId[id].value(QLatin1String("rate")).toDouble();
        const double shrunk = byId[id].value(QLatin1String("shrunk_rate")).toDouble();
        QVERIFY2(std::min(rate, p) < shrunk && shrunk < std::max(rate, p),
                 qPrintable(QStringLiteral("%1: rate %2, shrunk %3, province %4")
                                .arg(id)
                                .arg(rate)
                                .arg(shrunk)
                                .arg(p)));
    }
    // The small centre moves further toward the province than the large one.
    const auto pull = [&](const QString &id) {
        const double rate = byId[id].value(QLatin1String("rate")).toDouble();
        return std::abs(byId[id].value(QLatin1String("shrunk_rate")).toDouble() - rate) /
               std::abs(p - rate);
    };
    QVERIFY(pull(QStringLiteral("xa-b")) > pull(QStringLiteral("main")));
    QVERIFY(byId[QStringLiteral("xa-c")].value(QLatin1String("rate")).isNull());
    QVERIFY(byId[QStringLiteral("xa-c")].value(QLatin1String("shrunk_rate")).isNull());
}

void ProvinceViewTest::centresAreTheProvincesAlone()
{
    for (const QString &asked : {QString(), QStringLiteral("&centre=main")}) {
        const HttpReply reply =
            client(QStringLiteral("lan-a"))
                .get(m_server->url(QStringLiteral("/api/v1/centres?") + period() + asked));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("forbidden-centre"));
    }
    TlsClient anonymous(m_server->caPath());
    QCOMPARE(anonymous.get(m_server->url(QStringLiteral("/api/v1/centres"))).status, 401);
}

// The dashboard shows its centre picker to whoever the session says is province-wide.
void ProvinceViewTest::sessionsSayWhoseCentre()
{
    for (const auto &[user, centre] :
         {std::pair{QStringLiteral("tinh"), QJsonValue()},
          std::pair{QStringLiteral("lan-a"), QJsonValue(QStringLiteral("main"))}}) {
        TlsClient fresh(m_server->caPath());
        const HttpReply login = m_server->logIn(fresh, user, QStringLiteral("mat-khau-du-dai"));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QLatin1String("centre")), centre);
        const HttpReply session = fresh.get(m_server->url(QStringLiteral("/api/v1/session")));
        QCOMPARE(session.json().value(QLatin1String("centre")), centre);
    }
}

void ProvinceViewTest::badPeriodsAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("period") << "period=2026-Q5"
                            << "invalid-period";
    QTest::newRow("rule") << "period=2026-Q1&rule=lunar"
                          << "invalid-rule";
}

void ProvinceViewTest::badPeriodsAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    const HttpReply reply = client(QStringLiteral("tinh"))
                                .get(m_server->url(QStringLiteral("/api/v1/centres?") + query));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
}

HttpReply ProvinceViewTest::report(const QString &user, const QString &query)
{
    return client(user).get(
        m_server->url(QStringLiteral("/api/v1/report?scope=province&") + period() + query));
}

QList<QStringList> ProvinceViewTest::csvTable(const QByteArray &bytes)
{
    QList<QStringList> table;
    bool inTable = false;
    for (const QString &line : QString::fromUtf8(bytes).split(QStringLiteral("\r\n"))) {
        QStringList cells;
        // Every cell is quoted and none of the table's holds a quote.
        for (const QString &cell : line.split(QStringLiteral("\",\"")))
            cells << QString(cell).remove(QLatin1Char('"'));
        if (cells.first() == QLatin1String("STT") || cells.first() == QLatin1String("No."))
            inTable = true;
        else if (inTable && line.isEmpty())
            break;
        if (inTable)
            table << cells;
    }
    return table;
}

namespace {
// A rate as the reports print it: cut (not rounded) to one decimal, decimal comma.
QString printed(double rate)
{
    return QString::number(std::floor(rate * 10.0 + 1e-9) / 10.0, 'f', 1)
        .replace(QLatin1Char('.'), QLatin1Char(','));
}
} // namespace

// A row per centre, in the comparison's order, each figure the one /api/v1/centres gives.
void ProvinceViewTest::provinceReportRowPerCentre()
{
    const HttpReply csv = report(QStringLiteral("tinh"), QStringLiteral("&format=csv"));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Disposition").contains("hai-long-tinh-"));
    const QList<QStringList> table = csvTable(csv.body);
    QCOMPARE(table.size(), 4);
    const QStringList headers = table.first();
    QCOMPARE(headers.mid(0, 7),
             QStringList({QStringLiteral("STT"), QStringLiteral("Mã trung tâm"),
                          QStringLiteral("Trung tâm"), QStringLiteral("Số phiếu"),
                          QStringLiteral("Tỷ lệ hài lòng chung (%)"),
                          QStringLiteral("Khoảng tin cậy 95 %"),
                          QStringLiteral("Tỷ lệ đã điều chỉnh (%)")}));
    QCOMPARE(headers.mid(7, 4),
             QStringList({QStringLiteral("Số phiếu"), QStringLiteral("Tỷ lệ (%)"),
                          QStringLiteral("Khoảng tin cậy 95 %"), QStringLiteral("Đánh giá")}));
    const QJsonArray rows = centres().value(QLatin1String("centres")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject centre = rows.at(i).toObject();
        const QStringList cells = table.at(i + 1);
        QCOMPARE(cells.at(1), centre.value(QLatin1String("id")).toString());
        QCOMPARE(cells.at(2), centre.value(QLatin1String("name")).toString());
        QCOMPARE(cells.at(3), QString::number(centre.value(QLatin1String("n")).toInteger()));
        const QJsonValue rate = centre.value(QLatin1String("rate"));
        QCOMPARE(cells.at(4), rate.isNull() ? QStringLiteral("—") : printed(rate.toDouble()));
        const QJsonValue shrunk = centre.value(QLatin1String("shrunk_rate"));
        QCOMPARE(cells.at(6), shrunk.isNull() ? QStringLiteral("—") : printed(shrunk.toDouble()));
        const QJsonArray indicators = centre.value(QLatin1String("indicators")).toArray();
        QCOMPARE(cells.size(), 7 + 4 * indicators.size());
        for (int j = 0; j < indicators.size(); ++j) {
            const QJsonObject indicator = indicators.at(j).toObject();
            QCOMPARE(cells.at(7 + 4 * j),
                     QString::number(indicator.value(QLatin1String("n")).toInteger()));
            const QJsonValue indicatorRate = indicator.value(QLatin1String("rate"));
            QCOMPARE(cells.at(8 + 4 * j), indicatorRate.isNull()
                                              ? QStringLiteral("—")
                                              : printed(indicatorRate.toDouble()));
        }
    }
    // Centre A's admin-service: 18 of 20, below its 95 % target while the day runs.
    QCOMPARE(table.at(1).mid(7, 4), QStringList({QStringLiteral("20"), QStringLiteral("90,0"),
                                                 table.at(1).at(9), QStringLiteral("Chưa đạt")}));
    QCOMPARE(table.at(3).at(10), QStringLiteral("Chưa có phiếu"));

    const HttpReply json = report(QStringLiteral("tinh"), QStringLiteral("&format=json"));
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json().value(QLatin1String("scope")).toString(), QStringLiteral("province"));
    QCOMPARE(json.json().value(QLatin1String("centres")).toArray(), rows);
}

void ProvinceViewTest::provinceReportInEnglish()
{
    const HttpReply csv = report(QStringLiteral("tinh"), QStringLiteral("&format=csv&lang=en"));
    QCOMPARE(csv.status, 200);
    const QList<QStringList> table = csvTable(csv.body);
    QCOMPARE(
        table.first().mid(0, 7),
        QStringList({QStringLiteral("No."), QStringLiteral("Centre id"), QStringLiteral("Centre"),
                     QStringLiteral("Ratings"), QStringLiteral("Overall satisfaction (%)"),
                     QStringLiteral("95 % confidence interval"),
                     QStringLiteral("Adjusted rate (%)")}));
    QCOMPARE(table.at(3).at(10), QStringLiteral("No ratings yet"));
    const QString text = QString::fromUtf8(csv.body);
    QVERIFY(text.contains(QStringLiteral("SATISFACTION MEASURED AT EACH CENTRE")));
    QVERIFY(!text.contains(QStringLiteral("Tỷ lệ")));
}

void ProvinceViewTest::provinceReportAsSpreadsheetAndPdf()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const HttpReply xlsx = report(QStringLiteral("tinh"), QStringLiteral("&format=xlsx"));
    QCOMPARE(xlsx.status, 200);
    QFile saved(dir.filePath(QStringLiteral("tinh.xlsx")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.write(xlsx.body);
    saved.close();
    const auto unzipped = [&](const QString &member) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), saved.fileName(), member});
        unzip.waitForFinished(30000);
        return unzip.readAllStandardOutput();
    };
    QStringList strings;
    QXmlStreamReader shared(unzipped(QStringLiteral("xl/sharedStrings.xml")));
    while (!shared.atEnd())
        if (shared.readNext() == QXmlStreamReader::StartElement &&
            shared.name() == QLatin1String("t"))
            strings << shared.readElementText();
    // Cell reference -> its value (shared strings resolved).
    std::map<QString, QString> cells;
    QXmlStreamReader sheet(unzipped(QStringLiteral("xl/worksheets/sheet1.xml")));
    QString reference;
    QString type;
    while (!sheet.atEnd()) {
        if (sheet.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (sheet.name() == QLatin1String("c")) {
            reference = sheet.attributes().value(QLatin1String("r")).toString();
            type = sheet.attributes().value(QLatin1String("t")).toString();
        } else if (sheet.name() == QLatin1String("v")) {
            const QString value = sheet.readElementText();
            cells[reference] = type == QLatin1String("s") ? strings.value(value.toInt()) : value;
        }
    }
    // Headings in row 9, the centres from row 10 in the comparison's order.
    QCOMPARE(cells[QStringLiteral("C9")], QStringLiteral("Trung tâm"));
    QCOMPARE(cells[QStringLiteral("G9")], QStringLiteral("Tỷ lệ đã điều chỉnh (%)"));
    QCOMPARE(cells[QStringLiteral("B10")], QStringLiteral("main"));
    QCOMPARE(cells[QStringLiteral("D10")], QStringLiteral("20"));
    QCOMPARE(cells[QStringLiteral("E10")], QStringLiteral("90"));
    QCOMPARE(cells[QStringLiteral("H10")], QStringLiteral("20"));
    QCOMPARE(cells[QStringLiteral("B11")], QStringLiteral("xa-b"));
    QCOMPARE(cells[QStringLiteral("D11")], QStringLiteral("4"));
    QCOMPARE(cells[QStringLiteral("E11")], QStringLiteral("25"));
    QCOMPARE(cells[QStringLiteral("C12")], QStringLiteral("Xã Cát Tiên"));
    QCOMPARE(cells[QStringLiteral("G12")], QStringLiteral("—"));

    const HttpReply pdf = report(QStringLiteral("tinh"), QStringLiteral("&format=pdf"));
    QCOMPARE(pdf.status, 200);
    QVERIFY(pdf.body.startsWith("%PDF"));
    QFile pdfFile(dir.filePath(QStringLiteral("tinh.pdf")));
    QVERIFY(pdfFile.open(QIODevice::WriteOnly));
    pdfFile.write(pdf.body);
    pdfFile.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdfFile.fileName(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG THEO TỪNG TRUNG TÂM"),
          QStringLiteral("Xã Bình An"), QStringLiteral("Xã Cát Tiên"),
          QStringLiteral("Tỷ lệ đã điều chỉnh"), QStringLiteral("90,0")})
        QVERIFY2(words.contains(expected), qPrintable(expected));
}

void ProvinceViewTest::provinceReportRefusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("answer");
    QTest::newRow("centre user") << "lan-a"
                                 << "&format=csv"
                                 << "403 forbidden-centre";
    QTest::newRow("docx") << "tinh"
                          << "&format=docx"
                          << "400 invalid-format";
    QTest::newRow("scope") << "tinh"
                           << "&scope=nation"
                           << "400 invalid-scope";
    QTest::newRow("lang") << "tinh"
                          << "&lang=fr"
                          << "400 invalid-lang";
}

void ProvinceViewTest::provinceReportRefusals()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QString, answer);
    QString path = QStringLiteral("/api/v1/report?") + period() + query;
    if (!query.contains(QLatin1String("scope=")))
        path += QStringLiteral("&scope=province");
    const HttpReply reply = client(user).get(m_server->url(path));
    QCOMPARE(QStringLiteral("%1 %2")
                 .arg(reply.status)
                 .arg(reply.json().value(QLatin1String("error")).toString()),
             answer);
}

// `export --scope province` writes the file the dashboard downloads, row for row.
void ProvinceViewTest::provinceReportFromTheCommandLine()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("tinh.csv"));
    const QString today =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().toString(Qt::ISODate);
    const QStringList export_{QStringLiteral("export"),
                              QStringLiteral("--period"),
                              today + QStringLiteral("..") + today,
                              QStringLiteral("--rule"),
                              QStringLiteral("calendar"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--scope"),
                              QStringLiteral("province")};
    QCOMPARE(
        m_server->run(export_ + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> written = csvTable(file.readAll());
    QCOMPARE(written.size(), 4);
    QCOMPARE(written, csvTable(report(QStringLiteral("tinh"), QStringLiteral("&format=csv")).body));
    QCOMPARE(
        m_server->run(export_ + QStringList{QStringLiteral("--format"), QStringLiteral("docx")}),
        2);
    QCOMPARE(
        m_server->run(export_ + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--centre"), QStringLiteral("main")}),
        2);
}

void ProvinceViewTest::publicFiguresPerCentre()
{
    TlsClient anonymous(m_server->caPath());
    const auto adminService = [](const QJsonObject &body) {
        for (const QJsonValue &value : body.value(QLatin1String("indicators")).toArray())
            if (value.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("admin-service"))
                return value.toObject().value(QLatin1String("n")).toInteger();
        return qint64(-1);
    };
    const HttpReply all =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?") + period()));
    QCOMPARE(all.status, 200);
    QCOMPARE(adminService(all.json()), 24);
    const HttpReply b =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?centre=xa-b&") + period()));
    QCOMPARE(b.status, 200);
    QCOMPARE(adminService(b.json()), 4);
    QCOMPARE(b.json().value(QLatin1String("commune")).toString(), QStringLiteral("Xã Bình An"));
    QCOMPARE(b.json().value(QLatin1String("centre")).toString(), QStringLiteral("xa-b"));
    for (const HttpReply &reply : {all, b})
        QVERIFY(!reply.body.contains("Góp ý") && !reply.body.contains("comment"));
    const HttpReply unknown =
        anonymous.get(m_server->url(QStringLiteral("/public/indicators?centre=xa-z")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-centre"));
}

void ProvinceViewTest::publicPagePerCentre()
{
    TlsClient anonymous(m_server->caPath());
    const HttpReply page = anonymous.get(m_server->url(QStringLiteral("/public/xa-b")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    // Its scripts are found from any depth of path.
    QVERIFY(page.body.contains("src=\"/dashboard/public.js\""));
    const HttpReply unknown = anonymous.get(m_server->url(QStringLiteral("/public/xa-z")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unknown-centre"));
}

QTEST_GUILESS_MAIN(ProvinceViewTest)
#include "tst_province_view.moc"
