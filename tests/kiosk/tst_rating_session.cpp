// The citizen's session: one tap is a rating, later steps refine the same rating, walking
// away keeps what was given, and a burst is marked rather than dropped.
#include "session/RatingSession.h"
#include "sync/RatingOutbox.h"
#include "sync/SurveyCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hailong;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    RatingOutbox outbox{dir.filePath(QStringLiteral("outbox.sqlite"))};
    SurveyCache surveys{dir.filePath(QStringLiteral("survey.json"))};
    RatingSession session{outbox, surveys};

    Fixture() { session.setThankYouMs(50); }

    QList<QJsonObject> sealed() const
    {
        QList<QJsonObject> ratings;
        for (const QueuedRating &queued : outbox.oldestSealed(1000))
            ratings.append(QJsonDocument::fromJson(queued.body).object());
        return ratings;
    }
};

} // namespace

class RatingSessionTest : public QObject
{
    Q_OBJECT
private slots:
    void oneTapIsKeptBeforeAnythingElse()
    {
        Fixture f;
        f.session.wake();
        QCOMPARE(f.session.screen(), RatingSession::Screen::Question);
        f.session.chooseLevel(2);
        QCOMPARE(f.session.screen(), RatingSession::Screen::FollowUp);
        QVERIFY(!f.session.followUpPositive());
        QCOMPARE(f.outbox.queuedCount(), 1); // written, though still open
        QVERIFY(f.sealed().isEmpty());
    }

    void fullSessionSealsOneRatingWithEverythingGiven()
    {
        Fixture f;
        f.session.chooseLevel(5); // from idle: counts at once
        QVERIFY(f.session.followUpPositive());
        const QString reason =
            f.session.reasonOptions().first().toMap().value(QStringLiteral("code")).toString();
        f.session.toggleReason(reason);
        f.session.confirm();
        QCOMPARE(f.session.screen(), RatingSession::Screen::Comment);
        f.session.submitComment(QStringLiteral("Cán bộ nhiệt tình"));
        QCOMPARE(f.session.screen(), RatingSession::Screen::ThankYou);
        const QList<QJsonObject> sealed = f.sealed();
        QCOMPARE(sealed.size(), 1); // sealed before the thank-you shows
        const QJsonObject rating = sealed.first();
        QCOMPARE(rating.value(QStringLiteral("overall")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("reasons")).toArray().first().toString(), reason);
        QCOMPARE(rating.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Cán bộ nhiệt tình"));
        QCOMPARE(rating.value(QStringLiteral("ended")).toString(), QStringLiteral("done"));
        QCOMPARE(rating.value(QStringLiteral("survey")).toString(), QStringLiteral("default"));
        QCOMPARE(rating.value(QStringLiteral("lang")).toString(), QStringLiteral("vi"));
        QVERIFY(rating.value(QStringLiteral("created_at")).toString().contains(QLatin1Char('+')) ||
                rating.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
    }

    void facesAreLockedWhileThanking()
    {
        Fixture f;
        f.session.setThankYouMs(10000);
        f.session.chooseLevel(4);
        f.session.skip();
        f.session.skip();
        QCOMPARE(f.session.screen(), RatingSession::Screen::ThankYou);
        QVERIFY(f.session.facesLocked());
        f.session.keyPressed(Qt::Key_5);
        f.session.chooseLevel(5);
        QCOMPARE(f.outbox.queuedCount(), 1);
        QCOMPARE(f.sealed().first().value(QStringLiteral("ended")).toString(),
                 QStringLiteral("skipped"));
    }

    void walkingAwayKeepsTheRatingAsTimeout()
    {
        Fixture f;
        f.session.setTimeoutMs(150);
        f.session.chooseLevel(1);
        f.session.toggleReason(QStringLiteral("cho-lau"));
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        const QList<QJsonObject> sealed = f.sealed();
        QCOMPARE(sealed.size(), 1);
        QCOMPARE(sealed.first().value(QStringLiteral("ended")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(sealed.first().value(QStringLiteral("overall")).toInt(), 1);
        QCOMPARE(sealed.first().value(QStringLiteral("reasons")).toArray().size(), 1);
    }

    void questionLeftUnansweredStoresNothing()
    {
        Fixture f;
        f.session.setTimeoutMs(150);
        f.session.wake();
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        QCOMPARE(f.outbox.queuedCount(), 0);
    }

    void counterPromptTravelsWithTheRating()
    {
        Fixture f;
        f.session.applyPrompt({QStringLiteral("HS-001"),
                               QStringLiteral("dat-dai"),
                               QStringLiteral("can-bo-7"),
                               QStringLiteral("3"),
                               {}});
        QCOMPARE(f.session.screen(), RatingSession::Screen::Question);
        QVERIFY(f.session.hasPrompt());
        QCOMPARE(f.session.promptField(), QStringLiteral("Đất đai"));
        f.session.chooseLevel(4);
        f.session.skip();
        f.session.skip();
        const QJsonObject rating = f.sealed().first();
        QCOMPARE(rating.value(QStringLiteral("dossier")).toString(), QStringLiteral("HS-001"));
        QCOMPARE(rating.value(QStringLiteral("field")).toString(), QStringLiteral("dat-dai"));
        QCOMPARE(rating.value(QStringLiteral("staff")).toString(), QStringLiteral("can-bo-7"));
        QCOMPARE(rating.value(QStringLiteral("counter")).toString(), QStringLiteral("3"));
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        QVERIFY(!f.session.hasPrompt()); // the next citizen starts clean
    }

    void burstIsSentMarkedSuspectNotDropped()
    {
        Fixture f;
        f.session.setThankYouMs(0);
        for (int i = 0; i < 8; ++i) {
            f.session.keyPressed(Qt::Key_5);
            f.session.keyPressed(Qt::Key_Escape);
            f.session.keyPressed(Qt::Key_Escape);
            QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        }
        const QList<QJsonObject> sealed = f.sealed();
        QCOMPARE(sealed.size(), 8);
        QVERIFY(!sealed[5].value(QStringLiteral("suspect")).toBool());
        QVERIFY(sealed[6].value(QStringLiteral("suspect")).toBool());
        QVERIFY(sealed[7].value(QStringLiteral("suspect")).toBool());
    }

    void englishSessionIsRecordedAndTheNextStartsInVietnamese()
    {
        Fixture f;
        f.session.wake();
        f.session.assists().setLanguage(QStringLiteral("en"));
        QCOMPARE(f.session.question(),
                 QStringLiteral("How would you rate our service today?"));
        f.session.chooseLevel(3);
        f.session.skip();
        f.session.skip();
        QCOMPARE(f.sealed().first().value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        QCOMPARE(f.session.language(), QStringLiteral("vi"));
    }
};

QTEST_GUILESS_MAIN(RatingSessionTest)
#include "tst_rating_session.moc"
