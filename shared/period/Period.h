#pragma once

#include "Result.h"
#include "period/PeriodRule.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <algorithm>

namespace hailong {

// A reporting period: whole days [from, to] in the centre's time zone.
class Period
{
public:
    enum class Kind { Quarter, HalfYear, Year, Range };

    Period() = default;

    // Parses "2026-Q1" … "2026-Q4", "2026-H1", "2026-H2", "2026", or
    // "2026-01-01..2026-03-31" (a range: the rule does not move its days).
    // Also, for the dashboard: "2026-11-27" (that one day) and "2026-11" (that calendar
    // month); both are ranges that keep the name as given. Years run from 1900.
    // Errors: "invalid-period" (malformed, or a range that ends before it starts or spans
    // more than 10 years), naming the fault in the message.
    static Result<Period> parse(const QString &name, PeriodRule rule);

    // The period a staff read or a command names: `name` under the rule coded `ruleCode`
    // (nd09 when empty); without a name, the quarter that holds `today`.
    // Errors: "invalid-rule", and those of parse().
    static Result<Period> resolve(const QString &name, const QString &ruleCode, const QDate &today);

    // The quarter, half-year or year (by kind) that holds `day` under `rule`.
    static Period containing(const QDate &day, Kind kind, PeriodRule rule);

    // A range of whole days, named "from..to".
    static Period range(const QDate &from, const QDate &to);

    // What a report compares a period with, under the same rule:
    // the same kind of period one step back (a range: as many days just before it);
    Period previous() const;
    // the same period a year earlier;
    Period sameLastYear() const;
    // the rule's year that holds the period, from its first day to the period's last.
    Period yearToDate() const;

    QString name() const { return m_name; }
    PeriodRule rule() const { return m_rule; }
    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; } // first day, inclusive
    QDate to() const { return m_to; }     // last day, inclusive

    QDateTime start() const;        // 00:00:00 +07:00 on `from`
    QDateTime endExclusive() const; // 00:00:00 +07:00 on the day after `to`
    bool contains(const QDateTime &instant) const;

    // Whether the period has ended by `today` (a centre day): before then its figures are
    // progress, not a verdict.
    bool isCompleteOn(const QDate &today) const { return today > m_to; }
    // The last day whose ratings a report made on `today` can hold.
    QDate dataUntil(const QDate &today) const { return std::min(today, m_to); }

    // {"name":…, "rule":…, "from":"YYYY-MM-DD", "to":"YYYY-MM-DD"}
    QJsonObject toJson() const;
    // The same plus "complete" and "data_until" ("YYYY-MM-DD") as seen on `today`.
    QJsonObject toJson(const QDate &today) const;

private:
    Period(QString name, PeriodRule rule, Kind kind, QDate from, QDate to);

    QString m_name;
    PeriodRule m_rule = PeriodRule::Nd09;
    Kind m_kind = Kind::Range;
    QDate m_from;
    QDate m_to;
};

} // namespace hailong
