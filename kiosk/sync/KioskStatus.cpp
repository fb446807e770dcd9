#include "sync/KioskStatus.h"

#include "sync/RatingOutbox.h"

namespace hailong {

KioskStatus::KioskStatus(const RatingOutbox &outbox, QString serverUrl, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_serverUrl(std::move(serverUrl))
{
    connect(&outbox, &RatingOutbox::countsChanged, this, &KioskStatus::refreshCounts);
    refreshCounts();
}

void KioskStatus::refreshCounts()
{
    m_queuedCount = m_outbox.queuedCount();
    m_deadLetterCount = m_outbox.deadLetterCount();
    emit changed();
}

void KioskStatus::recordSuccess(const QDateTime &at)
{
    m_serverReachable = true;
    m_lastSuccessfulSync = at;
    m_lastError.clear();
    emit changed();
}

void KioskStatus::recordFailure(bool reachable, const QString &error)
{
    m_serverReachable = reachable;
    m_lastError = error;
    emit changed();
}

} // namespace hailong
