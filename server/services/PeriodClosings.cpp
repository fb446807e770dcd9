#include "services/PeriodClosings.h"

namespace hailong {

namespace {
QString auditTarget(const Period &period)
{
    return QStringLiteral("%1 %2").arg(period.name(), periodRuleCode(period.rule()));
}

qint64 total(const QList<RatingBucket> &buckets, qint64 RatingBucket::*count)
{
    qint64 sum = 0;
    for (const RatingBucket &bucket : buckets)
        sum += bucket.*count;
    return sum;
}
} // namespace

PeriodClosings::PeriodClosings(Storage &storage)
    : m_storage(storage)
{}

Result<PeriodClosing> PeriodClosings::close(const Period &period, const Actor &actor)
{
    const QDate endDay = period.to().addDays(1);
    const PeriodClosingRecord record{periodRuleCode(period.rule()), period.name(),
                                     PeriodClosing{QDateTime::currentDateTimeUtc(), actor.user},
                                     m_storage.dailyBuckets(period.from(), endDay),
                                     m_storage.rollupTotals(period.from(), endDay)};
    const Result<bool> closed = m_storage.closePeriod(record);
    if (!closed)
        return closed.error();
    m_storage.audit(QStringLiteral("period-close"), actor.user, auditTarget(period), actor.address);
    return record.closing;
}

Result<bool> PeriodClosings::reopen(const Period &period, const Actor &actor)
{
    if (!m_storage.reopenPeriod(periodRuleCode(period.rule()), period.name()))
        return ValidationError{
            QStringLiteral("not-closed"),
            QStringLiteral("Kỳ %1 chưa được chốt / %1 is not closed").arg(period.name())};
    m_storage.audit(QStringLiteral("period-reopen"), actor.user, auditTarget(period),
                    actor.address);
    return true;
}

std::optional<PeriodClosingRecord> PeriodClosings::closing(const Period &period,
                                                           const QString &centre)
{
    // Periods are still closed for the first centre, over every centre's rollups, as a single
    // commune closes them; so the roll-up reads that closing too.
    return m_storage.periodClosing(periodRuleCode(period.rule()), period.name(),
                                   centre.isEmpty() ? QStringLiteral("main") : centre);
}

PeriodFigures PeriodClosings::figures(const Period &period, const QString &centre)
{
    const QList<RatingBucket> live =
        m_storage.ratingBuckets(period.start(), period.endExclusive(), centre);
    const std::optional<PeriodClosingRecord> record = closing(period, centre);
    if (!record)
        return {live, std::nullopt, std::nullopt};
    QList<RatingBucket> closed;
    closed.reserve(record->days.size());
    for (const DayBucket &day : record->days)
        closed.append(day.bucket);
    // Ratings are never changed or deleted once stored, so what the live figures hold beyond
    // the closed ones arrived after the closing.
    const LateArrivals late{total(live, &RatingBucket::n) - total(closed, &RatingBucket::n),
                            total(live, &RatingBucket::satisfied) -
                                total(closed, &RatingBucket::satisfied)};
    return {closed, record->closing, late};
}

QList<DayBucket> PeriodClosings::dailyBuckets(const Period &period, const QString &centre)
{
    if (std::optional<PeriodClosingRecord> record = closing(period, centre))
        return record->days;
    return m_storage.dailyBuckets(period.from(), period.to().addDays(1), centre);
}

QList<RollupTotals> PeriodClosings::rollupTotals(const Period &period)
{
    if (std::optional<PeriodClosingRecord> record = closing(period))
        return record->totals;
    return m_storage.rollupTotals(period.from(), period.to().addDays(1));
}

} // namespace hailong
