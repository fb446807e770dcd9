#include "crypto/SecretDigest.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <atomic>
#include <exception>
#include <thread>

using hailong::KeyedDigest;
using hailong::RandomToken;
using hailong::SecretDigest;

class TestSecretDigest : public QObject
{
    Q_OBJECT

private slots:
    void tokenDigestIsSha256Hex()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        QCOMPARE(
            SecretDigest::tokenDigest(QStringLiteral("abc")),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(SecretDigest::tokenDigest("a") != SecretDigest::tokenDigest("b"));
    }

    void keyedIsHmacSha256()
    {
        // RFC 4231 test case 2.
        QCOMPARE(
            SecretDigest::keyed("Jefe", "what do ya want for nothing?"),
            QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // The same dossier code under another server key gives another digest.
        QVERIFY(SecretDigest::keyed("key-1", "H56-0001") !=
                SecretDigest::keyed("key-2", "H56-0001"));
    }

    void keyedDigestMatchesRfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("test case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                     << QStringLiteral("b0344c61d8db38535ca8afceaf0bf12b"
                                                       "881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("test case 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("test case 3")
            << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
            << QStringLiteral("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("test case 4")
            << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
            << QByteArray(50, '\xcd')
            << QStringLiteral("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        // Keys longer than SHA-256's 64-byte block are hashed first.
        QTest::newRow("test case 6")
            << QByteArray(131, '\xaa')
            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QStringLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("test case 7")
            << QByteArray(131, '\xaa')
            << QByteArray("This is a test using a larger than block-size key and a larger "
                          "than block-size data. The key needs to be hashed before being "
                          "used by the HMAC algorithm.")
            << QStringLiteral("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
        QTest::newRow("empty key and data")
            << QByteArray() << QByteArray()
            << QStringLiteral("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    }

    void keyedDigestMatchesRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QCOMPARE(KeyedDigest(key).hex(data), expected);
        QCOMPARE(SecretDigest::keyed(key, data), expected);
    }

    void keyedDigestEqualsKeyedForEdgeInputs()
    {
        const KeyedDigest digest("server-key");
        QCOMPARE(digest.hex(QByteArray()), SecretDigest::keyed("server-key", QByteArray()));
        QCOMPARE(digest.hex(QByteArray("H56-0001")), SecretDigest::keyed("server-key", "H56-0001"));
        const KeyedDigest emptyKey{QByteArray()};
        QCOMPARE(emptyKey.hex("H56-0001"), SecretDigest::keyed(QByteArray(), "H56-0001"));
        // One object gives the same answer each time: no state carried between calls.
        QCOMPARE(digest.hex("H56-0001"), digest.hex("H56-0001"));
        QVERIFY(digest.hex("H56-0001") != digest.hex("H56-0002"));
    }

    void keyedDigestEqualsKeyedForRandomKeysAndData()
    {
        QRandomGenerator random(4231);
        const auto randomBytes = [&random](int maxSize) {
            QByteArray bytes(random.bounded(maxSize + 1), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            return bytes;
        };
        for (int i = 0; i < 3000; ++i) {
            // Keys around and beyond the 64-byte block; data across several blocks.
            const QByteArray key = randomBytes(200);
            const QByteArray data = randomBytes(300);
            const KeyedDigest digest(key);
            QCOMPARE(digest.hex(data), SecretDigest::keyed(key, data));
            QCOMPARE(digest.hex(key), SecretDigest::keyed(key, key));
        }
    }

    void keyedDigestFromTwoThreadsAtOnce()
    {
        const QByteArray key("shared-server-key");
        const KeyedDigest digest(key);
        QList<QByteArray> inputs;
        QStringList expected;
        for (int i = 0; i < 20000; ++i) {
            inputs.append(QByteArray("rating-") + QByteArray::number(i));
            expected.append(SecretDigest::keyed(key, inputs.last()));
        }
        // Both threads wait for the start signal so that their calls overlap.
        std::atomic<int> ready{0};
        const auto digestAll = [&](QStringList &results, std::exception_ptr &fault) {
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            try {
                for (const QByteArray &input : inputs)
                    results.append(digest.hex(input));
            } catch (...) {
                fault = std::current_exception();
            }
        };
        QStringList first, second;
        std::exception_ptr firstFault, secondFault;
        std::thread one(digestAll, std::ref(first), std::ref(firstFault));
        std::thread two(digestAll, std::ref(second), std::ref(secondFault));
        one.join();
        two.join();
        QVERIFY(!firstFault);
        QVERIFY(!secondFault);
        QCOMPARE(first, expected);
        QCOMPARE(second, expected);
    }

    void constantTimeEquals()
    {
        QVERIFY(SecretDigest::constantTimeEquals("abc", "abc"));
        QVERIFY(!SecretDigest::constantTimeEquals("abc", "abd"));
        QVERIFY(!SecretDigest::constantTimeEquals("abc", "abcd"));
        QVERIFY(SecretDigest::constantTimeEquals(QByteArray(), QByteArray()));
    }

    void randomTokens()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString token = RandomToken::generate();
            QVERIFY(base64url.match(token).hasMatch());
            QCOMPARE(token.size(), 43); // 32 bytes, no padding
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 100);
        QCOMPARE(RandomToken::generateBytes(16).size(), 16);
        QCOMPARE(RandomToken::generateBytes(5).size(), 5);
        QVERIFY(RandomToken::generateBytes(0).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSecretDigest)
#include "tst_secretdigest.moc"
