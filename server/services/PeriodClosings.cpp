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
    PeriodClosingRecord record{periodRuleCode(period.rule()), period.name(),
                               PeriodClosing{QDateTime::currentDateTimeUtc(), actor.user},
                               m_storage.ratingBuckets(period.start(), period.endExclusive())};
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

PeriodFigures PeriodClosings::figures(const Period &period)
{
    const QList<RatingBucket> live = m_storage.ratingBuckets(period.start(), period.endExclusive());
    const std::optional<PeriodClosingRecord> record =
        m_storage.periodClosing(periodRuleCode(period.rule()), period.name());
    if (!record)
        return {live, std::nullopt, std::nullopt};
    // Ratings are never changed or deleted once stored, so what the live figures hold beyond
    // the closed ones arrived after the closing.
    const LateArrivals late{
        total(live, &RatingBucket::n) - total(record->buckets, &RatingBucket::n),
        total(live, &RatingBucket::satisfied) - total(record->buckets, &RatingBucket::satisfied)};
    return {record->buckets, record->closing, late};
}

} // namespace hailong
