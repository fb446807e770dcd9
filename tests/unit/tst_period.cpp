#include "period/Period.h"

#include <QTest>

using namespace hailong;

namespace {

QDateTime at(const QString &rfc3339)
{
    const QDateTime instant = QDateTime::fromString(rfc3339, Qt::ISODate);
    Q_ASSERT(instant.isValid());
    return instant;
}

Period parsed(const QString &name, PeriodRule rule)
{
    const auto result = Period::parse(name, rule);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

} // namespace

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void namedPeriods_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<PeriodRule>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<Period::Kind>("kind");

        const auto nd09 = PeriodRule::Nd09;
        const auto calendar = PeriodRule::Calendar;
        QTest::newRow("nd09 Q1") << "2026-Q1" << nd09 << QDate(2025, 12, 15) << QDate(2026, 3, 14)
                                 << Period::Kind::Quarter;
        QTest::newRow("nd09 Q2") << "2026-Q2" << nd09 << QDate(2026, 3, 15) << QDate(2026, 6, 14)
                                 << Period::Kind::Quarter;
        QTest::newRow("nd09 Q3") << "2026-Q3" << nd09 << QDate(2026, 6, 15) << QDate(2026, 9, 14)
                                 << Period::Kind::Quarter;
        QTest::newRow("nd09 Q4") << "2026-Q4" << nd09 << QDate(2026, 9, 15) << QDate(2026, 12, 14)
                                 << Period::Kind::Quarter;
        QTest::newRow("nd09 H1") << "2026-H1" << nd09 << QDate(2025, 12, 15) << QDate(2026, 6, 14)
                                 << Period::Kind::HalfYear;
        QTest::newRow("nd09 H2") << "2026-H2" << nd09 << QDate(2026, 6, 15) << QDate(2026, 12, 14)
                                 << Period::Kind::HalfYear;
        QTest::newRow("nd09 year")
            << "2026" << nd09 << QDate(2025, 12, 15) << QDate(2026, 12, 14) << Period::Kind::Year;
        QTest::newRow("calendar Q1") << "2026-Q1" << calendar << QDate(2026, 1, 1)
                                     << QDate(2026, 3, 31) << Period::Kind::Quarter;
        QTest::newRow("calendar Q2") << "2026-Q2" << calendar << QDate(2026, 4, 1)
                                     << QDate(2026, 6, 30) << Period::Kind::Quarter;
        QTest::newRow("calendar Q3") << "2026-Q3" << calendar << QDate(2026, 7, 1)
                                     << QDate(2026, 9, 30) << Period::Kind::Quarter;
        QTest::newRow("calendar Q4") << "2026-Q4" << calendar << QDate(2026, 10, 1)
                                     << QDate(2026, 12, 31) << Period::Kind::Quarter;
        QTest::newRow("calendar H1") << "2026-H1" << calendar << QDate(2026, 1, 1)
                                     << QDate(2026, 6, 30) << Period::Kind::HalfYear;
        QTest::newRow("calendar H2") << "2026-H2" << calendar << QDate(2026, 7, 1)
                                     << QDate(2026, 12, 31) << Period::Kind::HalfYear;
        QTest::newRow("calendar year")
            << "2026" << calendar << QDate(2026, 1, 1) << QDate(2026, 12, 31) << Period::Kind::Year;
        QTest::newRow("leap February, calendar Q1") << "2028-Q1" << calendar << QDate(2028, 1, 1)
                                                    << QDate(2028, 3, 31) << Period::Kind::Quarter;
        QTest::newRow("range keeps its days under nd09")
            << "2026-01-01..2026-03-31" << nd09 << QDate(2026, 1, 1) << QDate(2026, 3, 31)
            << Period::Kind::Range;
        QTest::newRow("one day") << "2026-11-27" << nd09 << QDate(2026, 11, 27)
                                 << QDate(2026, 11, 27) << Period::Kind::Range;
        QTest::newRow("one month") << "2026-11" << nd09 << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                                   << Period::Kind::Range;
        QTest::newRow("February of a leap year") << "2028-02" << calendar << QDate(2028, 2, 1)
                                                 << QDate(2028, 2, 29) << Period::Kind::Range;
    }

    void namedPeriods()
    {
        QFETCH(QString, name);
        QFETCH(PeriodRule, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(Period::Kind, kind);
        const Period period = parsed(name, rule);
        QCOMPARE(period.name(), name);
        QCOMPARE(period.rule(), rule);
        QCOMPARE(period.from(), from);
        QCOMPARE(period.to(), to);
        QCOMPARE(period.kind(), kind);
    }

    void malformedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("Q5") << "2026-Q5";
        QTest::newRow("Q0") << "2026-Q0";
        QTest::newRow("H3") << "2026-H3";
        QTest::newRow("lower-case q") << "2026-q1";
        QTest::newRow("two-digit year") << "26-Q1";
        QTest::newRow("words") << "last quarter";
        QTest::newRow("month 13") << "2026-13";
        QTest::newRow("31 February") << "2026-02-31";
        QTest::newRow("unpadded date") << "2026-1-5";
        QTest::newRow("range backwards") << "2026-03-31..2026-01-01";
        QTest::newRow("range over 10 years") << "2010-01-01..2026-01-01";
        QTest::newRow("open range") << "2026-01-01..";
        QTest::newRow("three ends") << "2026-01-01..2026-02-01..2026-03-01";
        QTest::newRow("trailing junk") << "2026-Q1x";
        QTest::newRow("quarter with space") << "2026 Q1";
    }

    void malformedNames()
    {
        QFETCH(QString, name);
        for (const PeriodRule rule : {PeriodRule::Nd09, PeriodRule::Calendar}) {
            const auto result = Period::parse(name, rule);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("invalid-period"));
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void nd09YearBoundaryInEveryOffset()
    {
        const Period year2026 = parsed("2026", PeriodRule::Nd09);
        const Period year2027 = parsed("2027", PeriodRule::Nd09);
        const Period q4 = parsed("2026-Q4", PeriodRule::Nd09);
        const Period h2 = parsed("2026-H2", PeriodRule::Nd09);
        const Period q1next = parsed("2027-Q1", PeriodRule::Nd09);

        // The last second of 14 Dec and the first of 15 Dec in Vietnam, in three spellings.
        for (const QString &last :
             QStringList{"2026-12-14T23:59:59+07:00", "2026-12-14T16:59:59Z",
                         "2026-12-15T00:59:59+08:00", "2026-12-14T23:59:59.999+07:00"}) {
            QVERIFY2(year2026.contains(at(last)), qPrintable(last));
            QVERIFY2(q4.contains(at(last)), qPrintable(last));
            QVERIFY2(h2.contains(at(last)), qPrintable(last));
            QVERIFY2(!year2027.contains(at(last)), qPrintable(last));
            QVERIFY2(!q1next.contains(at(last)), qPrintable(last));
        }
        for (const QString &first :
             QStringList{"2026-12-15T00:00:00+07:00", "2026-12-14T17:00:00Z",
                         "2026-12-15T01:00:00+08:00", "2026-12-14T12:00:00-05:00"}) {
            QVERIFY2(!year2026.contains(at(first)), qPrintable(first));
            QVERIFY2(!q4.contains(at(first)), qPrintable(first));
            QVERIFY2(!h2.contains(at(first)), qPrintable(first));
            QVERIFY2(year2027.contains(at(first)), qPrintable(first));
            QVERIFY2(q1next.contains(at(first)), qPrintable(first));
        }
    }

    void everyBoundary_data()
    {
        QTest::addColumn<PeriodRule>("rule");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QDate>("boundary");
        const auto nd09 = PeriodRule::Nd09;
        const auto calendar = PeriodRule::Calendar;
        QTest::newRow("nd09 Q1|Q2") << nd09 << "2026-Q1"
                                    << "2026-Q2" << QDate(2026, 3, 15);
        QTest::newRow("nd09 Q2|Q3") << nd09 << "2026-Q2"
                                    << "2026-Q3" << QDate(2026, 6, 15);
        QTest::newRow("nd09 Q3|Q4") << nd09 << "2026-Q3"
                                    << "2026-Q4" << QDate(2026, 9, 15);
        QTest::newRow("nd09 Q4|next Q1") << nd09 << "2026-Q4"
                                         << "2027-Q1" << QDate(2026, 12, 15);
        QTest::newRow("nd09 previous Q4|Q1") << nd09 << "2025-Q4"
                                             << "2026-Q1" << QDate(2025, 12, 15);
        QTest::newRow("nd09 H1|H2") << nd09 << "2026-H1"
                                    << "2026-H2" << QDate(2026, 6, 15);
        QTest::newRow("nd09 H2|next H1") << nd09 << "2026-H2"
                                         << "2027-H1" << QDate(2026, 12, 15);
        QTest::newRow("nd09 year|next year") << nd09 << "2026"
                                             << "2027" << QDate(2026, 12, 15);
        QTest::newRow("calendar Q1|Q2") << calendar << "2026-Q1"
                                        << "2026-Q2" << QDate(2026, 4, 1);
        QTest::newRow("calendar Q2|Q3") << calendar << "2026-Q2"
                                        << "2026-Q3" << QDate(2026, 7, 1);
        QTest::newRow("calendar Q3|Q4") << calendar << "2026-Q3"
                                        << "2026-Q4" << QDate(2026, 10, 1);
        QTest::newRow("calendar Q4|next Q1") << calendar << "2026-Q4"
                                             << "2027-Q1" << QDate(2027, 1, 1);
        QTest::newRow("calendar H1|H2") << calendar << "2026-H1"
                                        << "2026-H2" << QDate(2026, 7, 1);
        QTest::newRow("calendar H2|next H1") << calendar << "2026-H2"
                                             << "2027-H1" << QDate(2027, 1, 1);
        QTest::newRow("calendar year|next year") << calendar << "2026"
                                                 << "2027" << QDate(2027, 1, 1);
    }

    void everyBoundary()
    {
        QFETCH(PeriodRule, rule);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QDate, boundary);
        const Period earlier = parsed(before, rule);
        const Period later = parsed(after, rule);
        const QDateTime midnight(boundary, QTime(0, 0), QTimeZone(7 * 3600));
        const QDateTime lastSecond = midnight.addSecs(-1);
        QCOMPARE(earlier.to(), boundary.addDays(-1));
        QCOMPARE(later.from(), boundary);
        QCOMPARE(earlier.endExclusive(), later.start());
        QVERIFY(earlier.contains(lastSecond));
        QVERIFY(!later.contains(lastSecond));
        QVERIFY(!earlier.contains(midnight));
        QVERIFY(later.contains(midnight));
        // The same instants written in UTC and in UTC+8.
        const QTimeZone plus8(8 * 3600);
        QVERIFY(earlier.contains(lastSecond.toUTC()));
        QVERIFY(!later.contains(lastSecond.toUTC()));
        QVERIFY(later.contains(midnight.toUTC()));
        QVERIFY(!earlier.contains(midnight.toUTC()));
        QVERIFY(earlier.contains(lastSecond.toTimeZone(plus8)));
        QVERIFY(later.contains(midnight.toTimeZone(plus8)));
    }

    void calendarYearBoundary()
    {
        const Period year = parsed("2026", PeriodRule::Calendar);
        QVERIFY(year.contains(at("2026-12-31T23:59:59+07:00")));
        QVERIFY(year.contains(at("2026-12-31T16:59:59Z")));
        QVERIFY(!year.contains(at("2026-12-31T17:00:00Z")));
        QVERIFY(!year.contains(at("2027-01-01T00:00:00+07:00")));
        QVERIFY(year.contains(at("2026-01-01T00:00:00+07:00")));
        QVERIFY(!year.contains(at("2025-12-31T23:59:59+07:00")));
        // 2026-01-01 00:30 in Vietnam is still 2025 in UTC: the centre's day decides.
        QVERIFY(year.contains(at("2025-12-31T17:30:00Z")));
    }

    void startAndEndAreCentreMidnight()
    {
        const Period q1 = parsed("2026-Q1", PeriodRule::Nd09);
        QCOMPARE(q1.start(), at("2025-12-14T17:00:00Z"));
        QCOMPARE(q1.endExclusive(), at("2026-03-14T17:00:00Z"));
        QCOMPARE(q1.start().offsetFromUtc(), 7 * 3600);
        QCOMPARE(centreTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 7 * 3600);
    }

    void containing_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<Period::Kind>("kind");
        QTest::addColumn<PeriodRule>("rule");
        QTest::addColumn<QString>("name");
        const auto nd09 = PeriodRule::Nd09;
        const auto calendar = PeriodRule::Calendar;
        QTest::newRow("14 Dec nd09 quarter")
            << QDate(2026, 12, 14) << Period::Kind::Quarter << nd09 << "2026-Q4";
        QTest::newRow("15 Dec nd09 quarter")
            << QDate(2026, 12, 15) << Period::Kind::Quarter << nd09 << "2027-Q1";
        QTest::newRow("15 Dec nd09 half")
            << QDate(2026, 12, 15) << Period::Kind::HalfYear << nd09 << "2027-H1";
        QTest::newRow("15 Dec nd09 year")
            << QDate(2026, 12, 15) << Period::Kind::Year << nd09 << "2027";
        QTest::newRow("14 Mar nd09")
            << QDate(2026, 3, 14) << Period::Kind::Quarter << nd09 << "2026-Q1";
        QTest::newRow("15 Mar nd09")
            << QDate(2026, 3, 15) << Period::Kind::Quarter << nd09 << "2026-Q2";
        QTest::newRow("14 Jun nd09 half")
            << QDate(2026, 6, 14) << Period::Kind::HalfYear << nd09 << "2026-H1";
        QTest::newRow("15 Jun nd09 half")
            << QDate(2026, 6, 15) << Period::Kind::HalfYear << nd09 << "2026-H2";
        QTest::newRow("15 Dec calendar")
            << QDate(2026, 12, 15) << Period::Kind::Quarter << calendar << "2026-Q4";
        QTest::newRow("31 Mar calendar")
            << QDate(2026, 3, 31) << Period::Kind::Quarter << calendar << "2026-Q1";
        QTest::newRow("1 Apr calendar")
            << QDate(2026, 4, 1) << Period::Kind::Quarter << calendar << "2026-Q2";
        QTest::newRow("1 Jul calendar half")
            << QDate(2026, 7, 1) << Period::Kind::HalfYear << calendar << "2026-H2";
        QTest::newRow("31 Dec calendar year")
            << QDate(2026, 12, 31) << Period::Kind::Year << calendar << "2026";
    }

    void containing()
    {
        QFETCH(QDate, day);
        QFETCH(Period::Kind, kind);
        QFETCH(PeriodRule, rule);
        QFETCH(QString, name);
        const Period period = Period::containing(day, kind, rule);
        QCOMPARE(period.name(), name);
        QVERIFY(period.from() <= day && day <= period.to());
        const Period byName = parsed(name, rule);
        QCOMPARE(period.from(), byName.from());
        QCOMPARE(period.to(), byName.to());
    }

    void rangeByDays()
    {
        const Period period = Period::range(QDate(2026, 11, 1), QDate(2026, 11, 27));
        QCOMPARE(period.name(), QStringLiteral("2026-11-01..2026-11-27"));
        QCOMPARE(period.kind(), Period::Kind::Range);
        QVERIFY(period.contains(at("2026-11-27T23:59:59+07:00")));
        QVERIFY(!period.contains(at("2026-11-28T00:00:00+07:00")));
    }

    void toJson()
    {
        const QJsonObject json = parsed("2026-Q1", PeriodRule::Nd09).toJson();
        QCOMPARE(json, (QJsonObject{{"name", "2026-Q1"},
                                    {"rule", "nd09"},
                                    {"from", "2025-12-15"},
                                    {"to", "2026-03-14"}}));
        QCOMPARE(parsed("2026-H2", PeriodRule::Calendar).toJson().value("rule").toString(),
                 QStringLiteral("calendar"));
    }

    void ruleCodes()
    {
        QCOMPARE(periodRuleCode(PeriodRule::Nd09), QStringLiteral("nd09"));
        QCOMPARE(periodRuleCode(PeriodRule::Calendar), QStringLiteral("calendar"));
        QCOMPARE(periodRuleFromCode("nd09"), PeriodRule::Nd09);
        QCOMPARE(periodRuleFromCode("calendar"), PeriodRule::Calendar);
        QVERIFY(!periodRuleFromCode("ND09"));
        QVERIFY(!periodRuleFromCode(""));
    }

    void defaultPeriodContainsNothing() { QVERIFY(!Period().contains(at("2026-01-01T00:00:00Z"))); }
};

QTEST_APPLESS_MAIN(TestPeriod)
#include "tst_period.moc"
