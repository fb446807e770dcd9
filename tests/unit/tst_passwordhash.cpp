#include "crypto/PasswordHash.h"

#include <QStringList>
#include <QTest>

using hailong::PasswordHash;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void verifiesTheRightPasswordOnly()
    {
        const QString encoded = PasswordHash::hash(QStringLiteral("Mật-khẩu đủ dài 2026"));
        QVERIFY(PasswordHash::verify(QStringLiteral("Mật-khẩu đủ dài 2026"), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("Mat-khau du dai 2026"), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("Mật-khẩu đủ dài 2027"), encoded));
        QVERIFY(!PasswordHash::verify(QString(), encoded));
    }

    void encodingNamesItsParameters()
    {
        const QString encoded = PasswordHash::hash(QStringLiteral("secret"));
        const QStringList parts = encoded.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts.at(0), QStringLiteral("scrypt"));
        QCOMPARE(parts.at(1), QStringLiteral("16384"));
        QCOMPARE(parts.at(2), QStringLiteral("8"));
        QCOMPARE(parts.at(3), QStringLiteral("1"));
        QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 16);
        QVERIFY(!encoded.contains(QLatin1String("secret")));
    }

    void saltMakesEachHashDifferent()
    {
        const QString a = PasswordHash::hash(QStringLiteral("same"));
        const QString b = PasswordHash::hash(QStringLiteral("same"));
        QVERIFY(a != b);
        QVERIFY(PasswordHash::verify(QStringLiteral("same"), a));
        QVERIFY(PasswordHash::verify(QStringLiteral("same"), b));
    }

    void knownVector()
    {
        // RFC 7914 section 12: scrypt("password", "NaCl", N=1024, r=8, p=16, 64 bytes).
        const QString encoded =
            QStringLiteral("scrypt$1024$8$16$") +
            QString::fromLatin1(QByteArray("NaCl").toBase64()) + QLatin1Char('$') +
            QString::fromLatin1(
                QByteArray::fromHex(
                    "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                    "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
                    .toBase64());
        QVERIFY(PasswordHash::verify(QStringLiteral("password"), encoded));
        QVERIFY(!PasswordHash::verify(QStringLiteral("Password"), encoded));
    }

    void rejectsDamagedEncodings_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = PasswordHash::hash(QStringLiteral("pw"));
        QStringList parts = good.split(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QString(good).replace(0, 6, QStringLiteral("bcrypt"));
        QTest::newRow("missing part") << QStringList(parts.mid(0, 5)).join(QLatin1Char('$'));
        QStringList hugeN = parts;
        hugeN[1] = QStringLiteral("1099511627776");
        QTest::newRow("absurd cost") << hugeN.join(QLatin1Char('$'));
        QStringList badSalt = parts;
        badSalt[4] = QStringLiteral("!!!");
        QTest::newRow("salt not base64") << badSalt.join(QLatin1Char('$'));
        QStringList otherKey = parts;
        otherKey[5] = QString::fromLatin1(QByteArray(32, 'x').toBase64());
        QTest::newRow("wrong key") << otherKey.join(QLatin1Char('$'));
    }

    void rejectsDamagedEncodings()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw"), encoded));
    }
};

QTEST_APPLESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
