#include "services/CommentRetention.h"

#include "period/PeriodRule.h"

#include <chrono>

namespace hailong {

CommentRetention::CommentRetention(Storage &storage, int months, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_months(months)
{
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, [this] {
        try {
            purge(QDateTime::currentDateTimeUtc());
        } catch (const StorageError &fault) {
            // The next day's run tries again; the operator sees why.
            qWarning("comment retention: %s", fault.what());
        }
    });
}

QDateTime CommentRetention::cutoff(const QDateTime &now) const
{
    // Whole days in the centre's time zone, so a comment goes on the day its months are up.
    const QDate today = now.toTimeZone(centreTimeZone()).date();
    return QDateTime(today.addMonths(-m_months), QTime(0, 0), centreTimeZone());
}

int CommentRetention::start()
{
    m_daily.start();
    return purge(QDateTime::currentDateTimeUtc());
}

int CommentRetention::purge(const QDateTime &now)
{
    return m_storage.purgeCommentsBefore(cutoff(now));
}

} // namespace hailong
