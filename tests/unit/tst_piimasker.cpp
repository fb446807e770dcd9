#include "privacy/PiiMasker.h"

#include <QTest>

using hailong::PiiMasker;

class TestPiiMasker : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");

        QTest::newRow("mobile, plain") << "Gọi lại cho tôi số 0912345678 nhé"
                                       << "Gọi lại cho tôi số ********** nhé";
        QTest::newRow("mobile, spaces") << "SĐT: 0912 345 678, cảm ơn"
                                        << "SĐT: **** *** ***, cảm ơn";
        QTest::newRow("mobile, dots") << "liên hệ 0987.654.321"
                                      << "liên hệ ****.***.***";
        QTest::newRow("mobile, dashes") << "số 090-123-4567."
                                        << "số ***-***-****.";
        QTest::newRow("landline, 11 digits") << "Điện thoại bàn 028 3812 3456"
                                             << "Điện thoại bàn *** **** ****";
        QTest::newRow("+84") << "Zalo +84 912 345 678"
                             << "Zalo +** *** *** ***";
        QTest::newRow("+84 without spaces") << "Zalo +84912345678."
                                            << "Zalo +***********.";
        QTest::newRow("84 without plus") << "gọi 84912345678"
                                         << "gọi ***********";
        QTest::newRow("CCCD, 12 digits") << "CCCD của tôi là 001203004567, ghi nhầm tên"
                                         << "CCCD của tôi là ************, ghi nhầm tên";
        QTest::newRow("CMND, 9 digits") << "CMND 123456789 bị trả lại"
                                        << "CMND ********* bị trả lại";
        QTest::newRow("CCCD in groups of three") << "CCCD 079 085 012 345 nhé"
                                                 << "CCCD *** *** *** *** nhé";
        QTest::newRow("CCCD in groups of four") << "số 0790-8501-2345."
                                                << "số ****-****-****.";
        QTest::newRow("CMND in groups") << "CMND 123 456 789 bị trả lại"
                                        << "CMND *** *** *** bị trả lại";
        QTest::newRow("two numbers") << "0912345678 hoặc 0987654321"
                                     << "********** hoặc **********";
        QTest::newRow("counter after a phone") << "Số 0912 345 678 3 lần không ai nghe"
                                               << "Số **** *** *** 3 lần không ai nghe";
        QTest::newRow("counter before a phone") << "quầy 3 0912345678"
                                                << "quầy 3 **********";
        QTest::newRow("glued to letters") << "sdt0912345678"
                                          << "sdt**********";
        QTest::newRow("full comment")
            << "Ngày 27/11/2026 lúc 14:30 tôi nộp hồ sơ ở quầy 3, cán bộ hẹn gọi lại qua số "
               "0912.345.678 nhưng chưa thấy. CCCD 001203004567."
            << "Ngày 27/11/2026 lúc 14:30 tôi nộp hồ sơ ở quầy 3, cán bộ hẹn gọi lại qua số "
               "****.***.*** nhưng chưa thấy. CCCD ************.";
    }

    void masks()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(PiiMasker::mask(text), masked);
    }

    void leavesOrdinaryNumbersAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("counter") << "Cán bộ quầy 3 rất nhiệt tình";
        QTest::newRow("date") << "Tôi đến ngày 27/11/2026 và được hẹn 04/12/2026";
        QTest::newRow("date with dashes") << "hẹn ngày 27-11-2026";
        QTest::newRow("date with dots") << "hẹn ngày 27.11.2026";
        QTest::newRow("time") << "Chờ từ 7:30 đến 14:30, hơn 2 tiếng";
        QTest::newRow("fee") << "Lệ phí 50.000 đồng, đúng quy định";
        QTest::newRow("land fee") << "Nộp 150.000.000 đồng tiền sử dụng đất";
        QTest::newRow("years") << "Hồ sơ năm 2025-2026";
        QTest::newRow("8 digits") << "Mã hồ sơ 12345678";
        QTest::newRow("10 digits not starting with 0") << "Mã 1234567890";
        QTest::newRow("no digits") << "Rất hài lòng, cảm ơn các anh chị!";
        QTest::newRow("empty") << "";
    }

    void leavesOrdinaryNumbersAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(PiiMasker::mask(text), text);
    }

    void keepsLength()
    {
        const QString text = QStringLiteral("Liên hệ 0912 345 678 hoặc CCCD 001203004567");
        QCOMPARE(PiiMasker::mask(text).size(), text.size());
        QVERIFY(!PiiMasker::mask(text).contains(QLatin1String("345")));
    }
};

QTEST_APPLESS_MAIN(TestPiiMasker)
#include "tst_piimasker.moc"
