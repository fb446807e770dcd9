#pragma once

#include "Result.h"
#include "period/PeriodRule.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

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

    QString name() const { return m_name; }
    PeriodRule rule() const { return m_rule; }
    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; } // first day, inclusive
    QDate to() const { return m_to; }     // last day, inclusive

    QDateTime start() const;        // 00:00:00 +07:00 on `from`
    QDateTime endExclusive() const; // 00:00:00 +07:00 on the day after `to`
    bool contains(const QDateTime &instant) const;

    // {"name":…, "rule":…, "from":"YYYY-MM-DD", "to":"YYYY-MM-DD"}
    QJsonObject toJson() const;

private:
    Period(QString name, PeriodRule rule, Kind kind, QDate from, QDate to);

    QString m_name;
    PeriodRule m_rule = PeriodRule::Nd09;
    Kind m_kind = Kind::Range;
    QDate m_from;
    QDate m_to;
};

} // namespace hailong
