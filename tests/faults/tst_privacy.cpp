// Nothing that identifies a citizen survives a run: after ratings carrying dossier codes and,
// typed into comments, phone and ID numbers, neither the data folder (database, WAL, any log)
// nor the server's own output holds any of them, in any spelling.
#include "TestServer.h"

#include <QDirIterator>
#include <QtTest>

using namespace hailong::testing;

namespace {
constexpr int givingUpMs = 60'000;

struct Secret
{
    QString asTyped;
    QByteArray digitsOnly;
};

const QList<Secret> &secrets()
{
    static const QList<Secret> all = {
        {QStringLiteral("H27.39-260105-0042"), "27392601050042"}, // dossier code
        {QStringLiteral("0912 345 678"), "0912345678"},           // mobile, spaced
        {QStringLiteral("+84 98 765 4321"), "84987654321"},       // mobile, international
        {QStringLiteral("024.3825.1234"), "02438251234"},         // landline, dotted
        {QStringLiteral("001203004567"), "001203004567"},         // 12-digit ID (CCCD)
        {QStringLiteral("Số CCCD 079085012345"), "079085012345"}, // ID after its name
        {QStringLiteral("079 085 012 346"), "079085012346"},      // ID typed in groups
    };
    return all;
}

// The spellings to look for: as typed, digits only, and the digits in UTF-16 (a database may
// store text either way).
QList<QByteArray> needles(const Secret &secret)
{
    QList<QByteArray> all{secret.asTyped.toUtf8(), secret.digitsOnly};
    QByteArray utf16;
    for (const char digit : secret.digitsOnly)
        utf16 += QByteArray(1, digit) + '\0';
    all.append(utf16);
    return all;
}
} // namespace

class PrivacyTest : public QObject
{
    Q_OBJECT

private slots:
    void noIdentifierIsStoredOrLogged();
};

void PrivacyTest::noIdentifierIsStoredOrLogged()
{
    TestServer server(QStringLiteral(HAILONG_SERVER_BINARY));
    QVERIFY2(server.init(), qPrintable(server.lastOutput()));
    QVERIFY(
        server.addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"), QStringLiteral("UBND")));
    const QString token =
        server.addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("3"));
    QVERIFY(!token.isEmpty());

    // Started here rather than by TestServer, so every line it prints can be searched.
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(QStringLiteral(HAILONG_SERVER_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--data"), server.dataDir(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray output;
    while (!output.contains("listening on") && serve.waitForReadyRead(givingUpMs))
        output += serve.readAll();
    const QString port =
        QRegularExpression(QStringLiteral(":(\\d+)\\s*$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(output))
            .captured(1);
    QVERIFY2(!port.isEmpty(), output.constData());
    const QString base = QStringLiteral("https://127.0.0.1:") + port;

    TlsClient client(server.caPath());
    QJsonArray ratings;
    qint64 seq = 0;
    for (const Secret &secret : secrets()) {
        QJsonObject rating =
            TestRatings::rating(TestRatings::newId(), QDateTime::currentDateTimeUtc(), ++seq, 2);
        // The dossier code goes where the kiosk puts it; phone and ID numbers where citizens
        // type them.
        const bool isDossier = &secret == &secrets().first();
        rating.insert(QStringLiteral("dossier"), secrets().first().asTyped);
        if (!isDossier)
            rating.insert(QStringLiteral("comment"),
                          QStringLiteral("Gọi tôi: %1, cảm ơn").arg(secret.asTyped));
        ratings.append(rating);
    }
    const HttpReply stored = client.postJson(QUrl(base + QStringLiteral("/api/v1/ratings")),
                                             TestRatings::batch(ratings), TlsClient::bearer(token));
    QCOMPARE(stored.status, 200);
    for (const QJsonValue &result : stored.json().value(QLatin1String("results")).toArray())
        QCOMPARE(result[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    // A bad one too, so any error path that might log the body runs.
    QJsonObject bad = ratings.first().toObject();
    bad.insert(QStringLiteral("id"), TestRatings::newId());
    bad.insert(QStringLiteral("overall"), 9);
    client.postJson(QUrl(base + QStringLiteral("/api/v1/ratings")), TestRatings::batch({bad}),
                    TlsClient::bearer(token));
    client.post(QUrl(base + QStringLiteral("/api/v1/ratings")),
                "{\"ratings\":[{\"dossier\":\"" + secrets().first().asTyped.toUtf8() + "\"",
                TlsClient::bearer(token) +
                    QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}});

    serve.terminate();
    QVERIFY(serve.waitForFinished(givingUpMs));
    output += serve.readAll();

    QList<std::pair<QString, QByteArray>> places{{QStringLiteral("server output"), output}};
    QDirIterator files(server.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        places.append({file.fileName(), file.readAll()});
    }
    QVERIFY(places.size() > 2);
    for (const auto &[place, content] : std::as_const(places)) {
        for (const Secret &secret : secrets()) {
            for (const QByteArray &needle : needles(secret))
                QVERIFY2(!content.contains(needle),
                         qPrintable(place + QStringLiteral(" holds ") + secret.asTyped));
        }
    }
}

QTEST_GUILESS_MAIN(PrivacyTest)
#include "tst_privacy.moc"
