#include "period/Period.h"

#include <QRegularExpression>
#include <utility>

namespace hailong {

namespace {

constexpr int minYear = 1900;
constexpr int maxYear = 9998; // nd09 years start in the December before
constexpr int maxRangeYears = 10;

ValidationError invalidPeriod(const QString &message)
{
    return {QStringLiteral("invalid-period"), message};
}

QDate strictDate(const QString &text)
{
    // Qt::ISODate also accepts forms like "2026-1-5"; a period name must be exact.
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

struct DayRange
{
    QDate from;
    QDate to;
};

DayRange quarterDays(int year, int quarter, PeriodRule rule)
{
    const int lastMonth = quarter * 3;
    if (rule == PeriodRule::Calendar) {
        const QDate first(year, lastMonth - 2, 1);
        const QDate last(year, lastMonth, 1);
        return {first, last.addDays(last.daysInMonth() - 1)};
    }
    return {QDate(year, lastMonth - 2, 15).addMonths(-1), QDate(year, lastMonth, 14)};
}

DayRange halfDays(int year, int half, PeriodRule rule)
{
    if (rule == PeriodRule::Calendar)
        return half == 1 ? DayRange{QDate(year, 1, 1), QDate(year, 6, 30)}
                         : DayRange{QDate(year, 7, 1), QDate(year, 12, 31)};
    return half == 1 ? DayRange{QDate(year - 1, 12, 15), QDate(year, 6, 14)}
                     : DayRange{QDate(year, 6, 15), QDate(year, 12, 14)};
}

DayRange yearDays(int year, PeriodRule rule)
{
    if (rule == PeriodRule::Calendar)
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    return {QDate(year - 1, 12, 15), QDate(year, 12, 14)};
}

// The month whose calendar quarter/half/year a day reports in: under nd09 the days from
// the 15th on belong to the next month's reporting period.
QDate reportingMonth(const QDate &day, PeriodRule rule)
{
    const QDate first(day.year(), day.month(), 1);
    if (rule == PeriodRule::Nd09 && day.day() >= 15)
        return first.addMonths(1);
    return first;
}

} // namespace

Period::Period(QString name, PeriodRule rule, Kind kind, QDate from, QDate to)
    : m_name(std::move(name))
    , m_rule(rule)
    , m_kind(kind)
    , m_from(from)
    , m_to(to)
{}

Result<Period> Period::parse(const QString &name, PeriodRule rule)
{
    static const QRegularExpression named(QStringLiteral("^(\\d{4})(?:-(Q[1-4]|H[12]))?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));

    const QString text = name.trimmed();
    if (text.isEmpty())
        return invalidPeriod(QStringLiteral("period is empty"));

    if (const auto match = named.match(text); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (year < minYear || year > maxYear)
            return invalidPeriod(QStringLiteral("year %1 is out of range").arg(year));
        const QString part = match.captured(2);
        if (part.isEmpty()) {
            const DayRange days = yearDays(year, rule);
            return Period(text, rule, Kind::Year, days.from, days.to);
        }
        const int index = part.mid(1).toInt();
        if (part.startsWith(QLatin1Char('Q'))) {
            const DayRange days = quarterDays(year, index, rule);
            return Period(text, rule, Kind::Quarter, days.from, days.to);
        }
        const DayRange days = halfDays(year, index, rule);
        return Period(text, rule, Kind::HalfYear, days.from, days.to);
    }

    if (const auto match = month.match(text); match.hasMatch()) {
        const QDate first = strictDate(text + QStringLiteral("-01"));
        if (!first.isValid() || first.year() < minYear)
            return invalidPeriod(QStringLiteral("no such month: %1").arg(text));
        Period period = range(first, first.addDays(first.daysInMonth() - 1));
        period.m_rule = rule;
        period.m_name = text;
        return period;
    }

    const QStringList ends = text.split(QStringLiteral(".."));
    if (ends.size() > 2)
        return invalidPeriod(QStringLiteral("a range has exactly one '..': %1").arg(text));
    const QDate from = strictDate(ends.first());
    const QDate to = ends.size() == 2 ? strictDate(ends.last()) : from;
    if (!from.isValid() || !to.isValid())
        return invalidPeriod(
            QStringLiteral("expected YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM, YYYY-MM-DD or "
                           "YYYY-MM-DD..YYYY-MM-DD, got %1")
                .arg(text));
    if (from.year() < minYear)
        return invalidPeriod(QStringLiteral("year %1 is out of range").arg(from.year()));
    if (to < from)
        return invalidPeriod(QStringLiteral("the range ends before it starts: %1").arg(text));
    if (from.addYears(maxRangeYears) < to)
        return invalidPeriod(
            QStringLiteral("a range may span at most %1 years: %2").arg(maxRangeYears).arg(text));
    Period period = range(from, to);
    period.m_rule = rule;
    if (ends.size() == 1)
        period.m_name = text;
    return period;
}

Result<Period> Period::resolve(const QString &name, const QString &ruleCode, const QDate &today)
{
    PeriodRule rule = PeriodRule::Nd09;
    if (!ruleCode.isEmpty()) {
        const std::optional<PeriodRule> parsed = periodRuleFromCode(ruleCode);
        if (!parsed)
            return ValidationError{QStringLiteral("invalid-rule"),
                                   QStringLiteral("rule must be nd09 or calendar")};
        rule = *parsed;
    }
    if (name.isEmpty())
        return containing(today, Kind::Quarter, rule);
    return parse(name, rule);
}

Period Period::containing(const QDate &day, Kind kind, PeriodRule rule)
{
    const QDate month = reportingMonth(day, rule);
    const int year = month.year();
    switch (kind) {
    case Kind::Quarter: {
        const int quarter = (month.month() - 1) / 3 + 1;
        const DayRange days = quarterDays(year, quarter, rule);
        return Period(QStringLiteral("%1-Q%2").arg(year).arg(quarter), rule, kind, days.from,
                      days.to);
    }
    case Kind::HalfYear: {
        const int half = month.month() <= 6 ? 1 : 2;
        const DayRange days = halfDays(year, half, rule);
        return Period(QStringLiteral("%1-H%2").arg(year).arg(half), rule, kind, days.from, days.to);
    }
    case Kind::Year: {
        const DayRange days = yearDays(year, rule);
        return Period(QString::number(year), rule, kind, days.from, days.to);
    }
    case Kind::Range:
        break;
    }
    Period period = range(day, day);
    period.m_rule = rule;
    return period;
}

Period Period::range(const QDate &from, const QDate &to)
{
    const QString name =
        from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    return Period(name, PeriodRule::Nd09, Kind::Range, from, to);
}

Period Period::previous() const
{
    const int year = m_name.left(4).toInt();
    switch (m_kind) {
    case Kind::Quarter: {
        const int quarter = m_name.right(1).toInt();
        return parse(quarter == 1 ? QStringLiteral("%1-Q4").arg(year - 1)
                                  : QStringLiteral("%1-Q%2").arg(year).arg(quarter - 1),
                     m_rule)
            .value();
    }
    case Kind::HalfYear:
        return parse(m_name.endsWith(QLatin1Char('1')) ? QStringLiteral("%1-H2").arg(year - 1)
                                                       : QStringLiteral("%1-H1").arg(year),
                     m_rule)
            .value();
    case Kind::Year:
        return parse(QString::number(year - 1), m_rule).value();
    case Kind::Range:
        break;
    }
    const qint64 days = m_from.daysTo(m_to) + 1;
    Period before = range(m_from.addDays(-days), m_from.addDays(-1));
    before.m_rule = m_rule;
    return before;
}

Period Period::sameLastYear() const
{
    if (m_kind != Kind::Range) {
        const QString year = QString::number(m_name.left(4).toInt() - 1);
        return parse(year + m_name.mid(4), m_rule).value();
    }
    Period earlier = range(m_from.addYears(-1), m_to.addYears(-1));
    earlier.m_rule = m_rule;
    return earlier;
}

Period Period::yearToDate() const
{
    const int year =
        m_kind == Kind::Range ? reportingMonth(m_to, m_rule).year() : m_name.left(4).toInt();
    Period toDate = range(yearDays(year, m_rule).from, m_to);
    toDate.m_rule = m_rule;
    return toDate;
}

QDateTime Period::start() const
{
    return QDateTime(m_from, QTime(0, 0), centreTimeZone());
}

QDateTime Period::endExclusive() const
{
    return QDateTime(m_to.addDays(1), QTime(0, 0), centreTimeZone());
}

bool Period::contains(const QDateTime &instant) const
{
    if (!m_from.isValid() || !m_to.isValid() || !instant.isValid())
        return false;
    return instant >= start() && instant < endExclusive();
}

QJsonObject Period::toJson() const
{
    return {{QStringLiteral("name"), m_name},
            {QStringLiteral("rule"), periodRuleCode(m_rule)},
            {QStringLiteral("from"), m_from.toString(Qt::ISODate)},
            {QStringLiteral("to"), m_to.toString(Qt::ISODate)}};
}

QJsonObject Period::toJson(const QDate &today) const
{
    QJsonObject json = toJson();
    json.insert(QStringLiteral("complete"), isCompleteOn(today));
    json.insert(QStringLiteral("data_until"), dataUntil(today).toString(Qt::ISODate));
    return json;
}

} // namespace hailong
