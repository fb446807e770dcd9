#pragma once

#include <QObject>
#include <QVariantMap>

namespace hailong {
class RatingOutbox;
class RatingSession;
} // namespace hailong

// Lets the QML tests look into the outbox (what would be sent) and play a counter prompt.
class OutboxProbe : public QObject
{
    Q_OBJECT
public:
    OutboxProbe(const hailong::RatingOutbox &outbox, hailong::RatingSession &session,
                QObject *parent = nullptr);

    Q_INVOKABLE int sealedCount() const;
    Q_INVOKABLE int queuedCount() const;
    Q_INVOKABLE QVariantMap latestSealed() const; // the wire JSON of the newest sealed rating
    Q_INVOKABLE void prompt(const QString &dossier, const QString &field, const QString &staff,
                            const QString &counter);

private:
    const hailong::RatingOutbox &m_outbox;
    hailong::RatingSession &m_session;
};
