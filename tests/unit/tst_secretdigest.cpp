#include "crypto/SecretDigest.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

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
