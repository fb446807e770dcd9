#include "OutboxProbe.h"

#include "session/RatingSession.h"
#include "sync/RatingOutbox.h"

#include <QJsonDocument>
#include <QJsonObject>

OutboxProbe::OutboxProbe(const hailong::RatingOutbox &outbox, hailong::RatingSession &session,
                         QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_session(session)
{}

int OutboxProbe::sealedCount() const
{
    return m_outbox.sealedCount();
}

int OutboxProbe::queuedCount() const
{
    return m_outbox.queuedCount();
}

QVariantMap OutboxProbe::latestSealed() const
{
    const QList<hailong::QueuedRating> sealed = m_outbox.oldestSealed(1000000);
    if (sealed.isEmpty())
        return {};
    return QJsonDocument::fromJson(sealed.last().body).object().toVariantMap();
}

void OutboxProbe::prompt(const QString &dossier, const QString &field, const QString &staff,
                         const QString &counter)
{
    m_session.applyPrompt({dossier, field, staff, counter, {}});
}
