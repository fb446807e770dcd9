#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace hailong {

class RatingOutbox;

// What counter staff see in the kiosk's status view: how many ratings wait, when the
// kiosk last synced, whether the server answers, and ratings the server refused.
class KioskStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY changed)
    Q_PROPERTY(int deadLetterCount READ deadLetterCount NOTIFY changed)
    Q_PROPERTY(bool serverConfigured READ serverConfigured CONSTANT)
    Q_PROPERTY(bool serverReachable READ serverReachable NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
public:
    KioskStatus(const RatingOutbox &outbox, QString serverUrl, QObject *parent = nullptr);

    int queuedCount() const { return m_queuedCount; }
    int deadLetterCount() const { return m_deadLetterCount; }
    bool serverConfigured() const { return !m_serverUrl.isEmpty(); }
    bool serverReachable() const { return m_serverReachable; }
    QDateTime lastSuccessfulSync() const { return m_lastSuccessfulSync; }
    QString lastError() const { return m_lastError; }
    QString serverUrl() const { return m_serverUrl; }

    void recordSuccess(const QDateTime &at);
    // reachable: the server answered (even with an error status) rather than the network
    // or TLS failing.
    void recordFailure(bool reachable, const QString &error);

signals:
    void changed();

private:
    const RatingOutbox &m_outbox;
    QString m_serverUrl;
    int m_queuedCount = 0;
    int m_deadLetterCount = 0;
    bool m_serverReachable = false;
    QDateTime m_lastSuccessfulSync;
    QString m_lastError;

    void refreshCounts();
};

} // namespace hailong
