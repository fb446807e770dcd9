// A dossier's rating link token: each centre's dossier has its own even when two communes
// number a dossier alike, and a link handed out before the centre went into the token (version
// 1's, from the code's hash alone) is still the one a stored dossier prints again.
#include "crypto/SecretDigest.h"
#include "services/RatingLinks.h"

#include <QtTest>

using hailong::RatingLinks;
using hailong::SecretDigest;
using hailong::StoredDossier;

namespace {
const QByteArray linkKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
const QByteArray secretKey = QByteArrayLiteral("fedcba9876543210fedcba9876543210");
const QString codeHash = SecretDigest::keyed(secretKey, QByteArrayLiteral("HS-CHUNG-1"));

RatingLinks links()
{
    return RatingLinks(linkKey, secretKey, QStringLiteral("https://xa.example.vn"), 30);
}

StoredDossier stored(const QString &centre, const QString &token)
{
    StoredDossier dossier;
    dossier.centreId = centre;
    dossier.codeHash = codeHash;
    dossier.linkDigest = links().digest(token);
    return dossier;
}
} // namespace

class RatingLinksTest : public QObject
{
    Q_OBJECT

private slots:
    void eachCentresDossierHasItsOwnLink();
    void aNewDossierPrintsTheLinkItWasGiven();
    void aLinkHandedOutBeforeStillPrints();
};

void RatingLinksTest::eachCentresDossierHasItsOwnLink()
{
    const QString inA = links().token(QStringLiteral("xa-a"), codeHash);
    const QString inB = links().token(QStringLiteral("xa-b"), codeHash);
    QCOMPARE(inA.size(), 22);
    QVERIFY(inA != inB);
    QCOMPARE(links().token(QStringLiteral("xa-a"), codeHash), inA);
    QVERIFY(links().digest(inA) != links().digest(inB));
}

void RatingLinksTest::aNewDossierPrintsTheLinkItWasGiven()
{
    const QString token = links().token(QStringLiteral("xa-b"), codeHash);
    QCOMPARE(links().tokenOf(stored(QStringLiteral("xa-b"), token)), token);
    QCOMPARE(links().url(token), QStringLiteral("https://xa.example.vn/r/") + token);
}

void RatingLinksTest::aLinkHandedOutBeforeStillPrints()
{
    // Version 1's token: the first 16 bytes of the code hash's MAC under the link key.
    const QString before = QString::fromLatin1(
        QByteArray::fromHex(SecretDigest::keyed(linkKey, codeHash.toLatin1()).toLatin1())
            .left(16)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QVERIFY(before != links().token(QStringLiteral("main"), codeHash));
    QCOMPARE(links().tokenOf(stored(QStringLiteral("main"), before)), before);
}

QTEST_GUILESS_MAIN(RatingLinksTest)
#include "tst_ratinglinks.moc"
