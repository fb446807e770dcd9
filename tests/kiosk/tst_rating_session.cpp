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

    // A keypad user presses a level and walks away. Time is the test's own clock: the session
    // warns in its last 10 s, each key then only gives the full 20 s again (as often as asked),
    // and with nobody there it ends at 20 s — speech on or not.
    void warningThenMoreTimeThenTheNormalTimeout()
    {
        Fixture f;
        qint64 now = 0;
        f.session.setClock([&now] { return now; });
        f.session.setTimeoutMs(20000);
        QSignalSpy warnings(&f.session, &RatingSession::timeWarningChanged);
        QSignalSpy moreTime(&f.session, &RatingSession::moreTimeGiven);
        QVERIFY(f.session.keyPressed(Qt::Key_4)); // the idle screen: a level key is the rating
        QCOMPARE(f.session.screen(), RatingSession::Screen::FollowUp);
        QVERIFY(f.session.assists().speechOn());
        QCOMPARE(f.session.secondsLeft(), 20);

        QSignalSpy ticks(&f.session, &RatingSession::secondsLeftChanged);
        now = 9999;
        QVERIFY(ticks.wait()); // the timer has looked at the clock: 11 s left, no warning yet
        QCOMPARE(f.session.secondsLeft(), 11);
        QVERIFY(!f.session.timeWarning());
        now = 10000;
        QTRY_VERIFY(f.session.timeWarning());
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(f.session.secondsLeft(), 10);

        // The key gives time and nothing else: key 1 would tick the first reason.
        QVERIFY(f.session.keyPressed(Qt::Key_1));
        QCOMPARE(moreTime.count(), 1);
        QVERIFY(!f.session.timeWarning());
        QCOMPARE(f.session.secondsLeft(), 20);
        QCOMPARE(f.session.screen(), RatingSession::Screen::FollowUp);
        for (int extension = 2; extension <= 12; ++extension) {
            now += 15000;
            QTRY_VERIFY(f.session.timeWarning());
            QVERIFY(f.session.keyPressed(Qt::Key_Return)); // would go on to the comment
            QCOMPARE(moreTime.count(), extension);
            QCOMPARE(f.session.secondsLeft(), 20);
        }
        // A touch in the warning gives the time too.
        now += 15000;
        QTRY_VERIFY(f.session.timeWarning());
        f.session.touch();
        QVERIFY(!f.session.timeWarning());
        QCOMPARE(f.session.screen(), RatingSession::Screen::FollowUp);

        // Nobody there: 19.999 s on, the warning is up and the screen still there; at 20 s, idle.
        now += 19999;
        QTRY_VERIFY(f.session.timeWarning());
        QCOMPARE(f.session.secondsLeft(), 1);
        QCOMPARE(f.session.screen(), RatingSession::Screen::FollowUp);
        now += 1;
        QTRY_COMPARE(f.session.screen(), RatingSession::Screen::Idle);
        QVERIFY(!f.session.timeWarning());
        const QList<QJsonObject> sealed = f.sealed();
        QCOMPARE(sealed.size(), 1);
        QCOMPARE(sealed.first().value(QStringLiteral("ended")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(sealed.first().value(QStringLiteral("overall")).toInt(), 4);
        QVERIFY(!sealed.first().contains(QStringLiteral("reasons")) ||
                sealed.first().value(QStringLiteral("reasons")).toArray().isEmpty());
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
