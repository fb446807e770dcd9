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

Result<PeriodClosing> PeriodClosings::close(const Period &period, const QString &centre,
                                            const Actor &actor)
{
    const QDate endDay = period.to().addDays(1);
    const PeriodClosingRecord record{centre,
                                     periodRuleCode(period.rule()),
                                     period.name(),
                                     PeriodClosing{QDateTime::currentDateTimeUtc(), actor.user},
                                     m_storage.dailyBuckets(period.from(), endDay, centre),
                                     m_storage.rollupTotals(period.from(), endDay, centre)};
    const Result<bool> closed = m_storage.closePeriod(record);
    if (!closed)
        return closed.error();
    m_storage.audit(QStringLiteral("period-close"), actor.user, auditTarget(period), actor.address,
                    centre);
    return record.closing;
}

Result<bool> PeriodClosings::reopen(const Period &period, const QString &centre, const Actor &actor)
{
    if (!m_storage.reopenPeriod(periodRuleCode(period.rule()), period.name(), centre))
        return ValidationError{
            QStringLiteral("not-closed"),
            QStringLiteral("Kỳ %1 chưa được chốt / %1 is not closed").arg(period.name())};
    m_storage.audit(QStringLiteral("period-reopen"), actor.user, auditTarget(period), actor.address,
                    centre);
    return true;
}

QStringList PeriodClosings::centresApart(const Period &period, const QString &centre)
{
    if (!centre.isEmpty())
        return {};
    // While no centre has closed the period the roll-up is one read over every centre's live
    // figures, not one per centre (a province has a hundred).
    if (m_storage.centresClosed(periodRuleCode(period.rule()), period.name()).isEmpty())
        return {};
    const QList<CentreRecord> all = m_storage.centres();
    if (all.size() <= 1)
        return {};
    QStringList ids;
    for (const CentreRecord &each : all)
        ids.append(each.id);
    return ids;
}

std::optional<PeriodClosingRecord> PeriodClosings::closing(const Period &period,
                                                           const QString &centre)
{
    QString id = centre;
    if (id.isEmpty()) {
        const QList<CentreRecord> all = m_storage.centres();
        if (all.size() != 1)
            return std::nullopt;
        id = all.first().id;
    }
    return m_storage.periodClosing(periodRuleCode(period.rule()), period.name(), id);
}

PeriodFigures PeriodClosings::figures(const Period &period, const QString &centre)
{
    if (const QStringList apart = centresApart(period, centre); !apart.isEmpty()) {
        PeriodFigures sum;
        for (const QString &id : apart)
            sum.buckets += figures(period, id).buckets;
        return sum;
    }
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
    if (const QStringList apart = centresApart(period, centre); !apart.isEmpty()) {
        QList<DayBucket> days;
        for (const QString &id : apart)
            days += dailyBuckets(period, id);
        return days;
    }
    if (std::optional<PeriodClosingRecord> record = closing(period, centre))
        return record->days;
    return m_storage.dailyBuckets(period.from(), period.to().addDays(1), centre);
}

QList<RollupTotals> PeriodClosings::rollupTotals(const Period &period, const QString &centre)
{
    if (const QStringList apart = centresApart(period, centre); !apart.isEmpty()) {
        QList<RollupTotals> totals;
        for (const QString &id : apart)
            totals += rollupTotals(period, id);
        return totals;
    }
    if (std::optional<PeriodClosingRecord> record = closing(period, centre))
        return record->totals;
    return m_storage.rollupTotals(period.from(), period.to().addDays(1), centre);
}

} // namespace hailong
