#pragma once

#include "survey/SurveyDefinition.h"
#include "sync/PendingReply.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace hailong {

class ServerEndpoint;

// The survey the kiosk shows. It starts from the copy cached in the data folder, or the
// built-in default when the kiosk never reached its server, and follows GET /api/v1/survey.
class SurveyCache : public QObject
{
    Q_OBJECT
public:
    explicit SurveyCache(QString cacheFile, QObject *parent = nullptr);

    const SurveyDefinition &current() const { return m_current; }

    // Fetches now and again every `interval` (sooner after a failure).
    void follow(QNetworkAccessManager *network, const ServerEndpoint *endpoint,
                std::chrono::milliseconds interval = std::chrono::minutes(15));

    // Takes a survey in its JSON form (as the server sends it); false if it is not valid.
    bool adopt(const QJsonObject &json);

signals:
    void changed();

private:
    QString m_cacheFile;
    SurveyDefinition m_current;
    QNetworkAccessManager *m_network = nullptr;
    const ServerEndpoint *m_endpoint = nullptr;
    PendingReply m_request;
    QTimer m_refresh;
    std::chrono::milliseconds m_interval{0};

    void fetch();
    void onReplyFinished(QNetworkReply &reply);
};

} // namespace hailong
