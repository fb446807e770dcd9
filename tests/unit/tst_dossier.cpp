#include "dossier/DossierCsv.h"

#include <QTest>

using namespace hailong;

class TestDossier : public QObject
{
    Q_OBJECT

private slots:
    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QTest::newRow("local minutes") << "2026-03-14 16:30" << utc(2026, 3, 14, 9, 30, 0);
        QTest::newRow("local seconds") << "2026-03-14 16:30:05" << utc(2026, 3, 14, 9, 30, 5);
        QTest::newRow("local early morning, day before in UTC")
            << "2026-01-01 06:59" << utc(2025, 12, 31, 23, 59, 0);
        QTest::newRow("rfc3339 offset")
            << "2026-03-14T16:30:00+07:00" << utc(2026, 3, 14, 9, 30, 0);
        QTest::newRow("rfc3339 Z") << "2026-03-14T09:30:00Z" << utc(2026, 3, 14, 9, 30, 0);
        QTest::newRow("padded") << "  2026-03-14 16:30  " << utc(2026, 3, 14, 9, 30, 0);
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const std::optional<QDateTime> parsed = parseDossierTime(text.trimmed());
        QVERIFY(parsed);
        QCOMPARE(parsed->toUTC(), utc);
    }

    void badTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2026-03-14";
        QTest::newRow("no zone T form") << "2026-03-14T16:30:00";
        QTest::newRow("month 13") << "2026-13-01 10:00";
        QTest::newRow("hour 24") << "2026-03-14 24:00";
        QTest::newRow("30 February") << "2026-02-30 10:00";
        QTest::newRow("slashes") << "14/03/2026 10:00";
        QTest::newRow("non-ascii digits") << QStringLiteral("2026-03-14 1٦:30");
    }
    void badTimes()
    {
        QFETCH(QString, text);
        QVERIFY(!parseDossierTime(text));
    }

    void csvWithBomQuotesAndAnyColumnOrder()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "due_at,code,unit,field,channel,received_at,returned_at,staff,"
                               "procedure\r\n"
                               "2026-03-20 17:00,HS-001,ubnd,ho-tich,counter,2026-03-14 08:00,"
                               "2026-03-19 10:00,cb01,\"Đăng ký khai sinh, kết hợp\"\r\n"
                               "2026-03-20 17:00,\"HS-\"\"002\"\"\",ubnd,dat-dai,online,"
                               "2026-03-14T08:00:00+07:00,,,\"Cấp \"\"sổ\"\"\"\r\n"
                               "\r\n"
                               "2026-03-20 17:00,HS-003,ubnd,dat-dai,post,2026-03-14 08:00,,,\n";
        const Result<QList<DossierCsvRow>> rows = DossierCsv::read(csv);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows.value().size(), 3);
        const Dossier &first = rows.value().at(0).dossier;
        QCOMPARE(first.code, QStringLiteral("HS-001"));
        QCOMPARE(first.procedure, QStringLiteral("Đăng ký khai sinh, kết hợp"));
        QCOMPARE(first.channel, DossierChannel::Counter);
        QVERIFY(first.returnedOnTime());
        QCOMPARE(rows.value().at(1).dossier.code, QStringLiteral("HS-\"002\""));
        QCOMPARE(rows.value().at(1).dossier.procedure, QStringLiteral("Cấp \"sổ\""));
        QVERIFY(!rows.value().at(1).dossier.returnedAt);
        QCOMPARE(rows.value().at(2).line, 5);
        QCOMPARE(rows.value().at(2).dossier.channel, DossierChannel::Post);
    }

    void csvFaultsNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray header = "code,unit,field,channel,received_at,due_at\n";
        const QByteArray good = "A1,ubnd,ho-tich,counter,2026-03-14 08:00,2026-03-15 08:00\n";
        QTest::newRow("bad channel")
            << header + good + "A2,ubnd,ho-tich,fax,2026-03-14 08:00,2026-03-15 08:00\n"
            << "line 3: \"channel\" must be counter, online or post";
        QTest::newRow("bad time")
            << header + good + good + "A3,ubnd,ho-tich,counter,hôm qua,2026-03-15 08:00\n"
            << "line 4: \"received_at\" must be RFC 3339 or YYYY-MM-DD HH:MM[:SS] (UTC+7), e.g. "
               "2026-03-14 16:30";
        QTest::newRow("missing field") << header + "A1,ubnd,ho-tich,counter\n"
                                       << "line 2: 4 fields where the header has 6";
        QTest::newRow("code too long") << header + QByteArray(65, 'x') +
                                              ",ubnd,ho-tich,counter,2026-03-14 08:00,"
                                              "2026-03-15 08:00\n"
                                       << "line 2: \"code\" must be 1–64 characters on one line";
        QTest::newRow("line after a quoted line break")
            << header.trimmed() + ",procedure\n"
                                  "A3,ubnd,ho-tich,counter,2026-03-14 08:00,2026-03-15 08:00,"
                                  "\"x\ny\"\n"
            << "line 2: \"procedure\" must be 0–100 characters on one line";
        QTest::newRow("fault after a quoted line break")
            << header + "\"A\n\"\"1\"\"\"\n"
            << "line 2: 1 fields where the header has 6";
        QTest::newRow("unknown column") << QByteArray("code,unit,phone\n")
                                        << "line 1: unknown column \"phone\" (columns: "
                                           "code,unit,field,procedure,channel,received_at,due_at,"
                                           "returned_at,staff)";
        QTest::newRow("missing column") << QByteArray("code,unit,field,channel,received_at\n")
                                        << "line 1: no column \"due_at\"";
        QTest::newRow("open quote") << header + "\"A1,ubnd\n"
                                    << "line 2: a quoted field is "
                                       "never closed";
        QTest::newRow("returned before received")
            << header.trimmed() + ",returned_at\n"
                                  "A1,ubnd,ho-tich,counter,2026-03-14 08:00,2026-03-15 08:00,"
                                  "2026-03-13 08:00\n"
            << "line 2: \"returned_at\" is before \"received_at\"";
    }
    void csvFaultsNameTheirLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const Result<QList<DossierCsvRow>> rows = DossierCsv::read(csv);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, QStringLiteral("invalid-csv"));
        QCOMPARE(rows.error().message, message);
    }

    void notUtf8()
    {
        const Result<QList<DossierCsvRow>> rows = DossierCsv::read("code\n\xff\xfe\n");
        QVERIFY(!rows);
    }
};

QTEST_GUILESS_MAIN(TestDossier)
#include "tst_dossier.moc"
