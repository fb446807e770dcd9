// Complaint cases' domain rules: which ratings open one, where a case may move, and working
// days at the centre (UTC+7, Monday to Friday) at every edge of a day and a weekend.
#include "cases/CaseOpening.h"
#include "cases/CaseStatus.h"
#include "period/WorkingDays.h"

#include <QtTest>

using namespace hailong;

namespace {
// A centre wall-clock time (UTC+7) as an instant.
QDateTime centre(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600);
}
} // namespace

class CaseRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void lowLevelsAndCommentsOpenACase_data();
    void lowLevelsAndCommentsOpenACase();
    void casesMoveForwardOnly();
    void statusCodesRoundTrip();
    void workingDaysSkipWeekends_data();
    void workingDaysSkipWeekends();
    void pastLimitIsWhereTheCountExceedsIt();
};

void CaseRulesTest::lowLevelsAndCommentsOpenACase_data()
{
    QTest::addColumn<int>("overall");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("suspect");
    QTest::addColumn<bool>("opens");
    QTest::newRow("level 1") << 1 << QString() << false << true;
    QTest::newRow("level 2") << 2 << QString() << false << true;
    QTest::newRow("level 3") << 3 << QString() << false << false;
    QTest::newRow("level 5") << 5 << QString() << false << false;
    QTest::newRow("level 5 with a comment") << 5 << QStringLiteral("Cảm ơn") << false << true;
    QTest::newRow("blank comment") << 4 << QStringLiteral("   ") << false << false;
    QTest::newRow("suspect level 1") << 1 << QString() << true << false;
    QTest::newRow("suspect comment") << 5 << QStringLiteral("x") << true << false;
}

void CaseRulesTest::lowLevelsAndCommentsOpenACase()
{
    QFETCH(int, overall);
    QFETCH(QString, comment);
    QFETCH(bool, suspect);
    QFETCH(bool, opens);
    Rating rating;
    rating.overall = overall;
    rating.comment = comment;
    rating.suspect = suspect;
    QCOMPARE(opensCase(rating), opens);
}

void CaseRulesTest::casesMoveForwardOnly()
{
    using S = CaseStatus;
    QVERIFY(caseMoveAllowed(S::Open, S::InProgress));
    QVERIFY(caseMoveAllowed(S::Open, S::Answered));
    QVERIFY(caseMoveAllowed(S::Open, S::Closed));
    QVERIFY(caseMoveAllowed(S::InProgress, S::Answered));
    QVERIFY(caseMoveAllowed(S::Answered, S::Closed));
    QVERIFY(!caseMoveAllowed(S::InProgress, S::InProgress));
    QVERIFY(!caseMoveAllowed(S::Answered, S::InProgress));
    QVERIFY(!caseMoveAllowed(S::Closed, S::Answered));
    QVERIFY(!caseMoveAllowed(S::Closed, S::Open));
    QVERIFY(caseAwaitsAnswer(S::Open) && caseAwaitsAnswer(S::InProgress));
    QVERIFY(!caseAwaitsAnswer(S::Answered) && !caseAwaitsAnswer(S::Closed));
}

void CaseRulesTest::statusCodesRoundTrip()
{
    for (const CaseStatus status :
         {CaseStatus::Open, CaseStatus::InProgress, CaseStatus::Answered, CaseStatus::Closed})
        QVERIFY(caseStatusFromCode(caseStatusCode(status)) == status);
    QCOMPARE(caseStatusCode(CaseStatus::InProgress), QStringLiteral("in-progress"));
    QVERIFY(!caseStatusFromCode(QStringLiteral("pending")));
    QVERIFY(!caseStatusFromCode(QString()));
}

void CaseRulesTest::workingDaysSkipWeekends_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("days");
    // 2026-12-04 is a Friday.
    QTest::newRow("same day") << centre(2026, 12, 4, 8) << centre(2026, 12, 4, 17) << 0;
    QTest::newRow("earlier") << centre(2026, 12, 4) << centre(2026, 12, 3) << 0;
    QTest::newRow("friday to saturday") << centre(2026, 12, 4) << centre(2026, 12, 5) << 0;
    QTest::newRow("friday to monday") << centre(2026, 12, 4) << centre(2026, 12, 7) << 1;
    QTest::newRow("saturday to monday") << centre(2026, 12, 5) << centre(2026, 12, 7) << 1;
    QTest::newRow("monday to friday") << centre(2026, 11, 30) << centre(2026, 12, 4) << 4;
    QTest::newRow("one week") << centre(2026, 12, 2) << centre(2026, 12, 9) << 5;
    QTest::newRow("two weeks") << centre(2026, 12, 5) << centre(2026, 12, 19) << 10;
    QTest::newRow("a year") << centre(2026, 1, 1) << centre(2027, 1, 1) << 261;
    // 23:59 and 00:01 in the centre are two days, though the same UTC date.
    QTest::newRow("centre midnight")
        << centre(2026, 12, 3, 23, 59) << centre(2026, 12, 4, 0, 1) << 1;
    QTest::newRow("utc midnight is not the centre's")
        << QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC)
        << QDateTime(QDate(2026, 12, 4), QTime(16, 0), Qt::UTC) << 0;
}

void CaseRulesTest::workingDaysSkipWeekends()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, days);
    QCOMPARE(WorkingDays::between(from, to), days);
}

void CaseRulesTest::pastLimitIsWhereTheCountExceedsIt()
{
    // Opened on a Friday with 5 days allowed: Mon–Fri are the five, the next Monday is past.
    const QDateTime opened = centre(2026, 12, 4, 15);
    const QDateTime limit = WorkingDays::pastLimit(opened, 5);
    QCOMPARE(limit, centre(2026, 12, 14, 0));
    QCOMPARE(WorkingDays::between(opened, limit), 6);
    QCOMPARE(WorkingDays::between(opened, limit.addMSecs(-1)), 5);
    for (int days = 1; days <= 12; ++days) {
        const QDateTime past = WorkingDays::pastLimit(centre(2026, 12, 2), days);
        QCOMPARE(WorkingDays::between(centre(2026, 12, 2), past), days + 1);
        QCOMPARE(WorkingDays::between(centre(2026, 12, 2), past.addMSecs(-1)), days);
    }
}

QTEST_GUILESS_MAIN(CaseRulesTest)
#include "tst_caserules.moc"
