#include "sync/SurveyCache.h"

#include "sync/ServerEndpoint.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace hailong {

Q_LOGGING_CATEGORY(lcSurvey, "hailong.kiosk.survey")

namespace {

constexpr std::chrono::minutes kRetryAfterFailure{1};

// The server may send the definition itself or wrap it as {"survey": {...}}.
QJsonObject unwrap(const QJsonObject &json)
{
    const QJsonValue inner = json.value(QStringLiteral("survey"));
    return inner.isObject() ? inner.toObject() : json;
}

} // namespace

SurveyCache::SurveyCache(QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_cacheFile(std::move(cacheFile))
    , m_current(SurveyDefinition::builtInDefault())
{
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &SurveyCache::fetch);

    QFile cached(m_cacheFile);
    if (!cached.open(QIODevice::ReadOnly))
        return;
    auto survey = SurveyDefinition::fromJson(QJsonDocument::fromJson(cached.readAll()).object());
    if (survey)
        m_current = std::move(survey).value();
    else
        qCWarning(lcSurvey) << "ignoring the cached survey:" << survey.error().message;
}

void SurveyCache::follow(QNetworkAccessManager *network, const ServerEndpoint *endpoint,
                         std::chrono::milliseconds interval)
{
    m_network = network;
    m_endpoint = endpoint;
    m_interval = interval;
    fetch();
}

bool SurveyCache::adopt(const QJsonObject &json)
{
    const QJsonObject definition = unwrap(json);
    auto survey = SurveyDefinition::fromJson(definition);
    if (!survey) {
        qCWarning(lcSurvey) << "server sent an invalid survey:" << survey.error().message;
        return false;
    }
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(definition).toJson()) < 0 ||
        !file.commit())
        qCWarning(lcSurvey) << "cannot cache the survey in" << m_cacheFile << file.errorString();
    const bool differs = survey.value().toJson() != m_current.toJson();
    m_current = std::move(survey).value();
    if (differs)
        emit changed();
    return true;
}

void SurveyCache::fetch()
{
    if (!m_network || !m_endpoint || m_request.isOpen())
        return;
    m_request.start(m_network->get(m_endpoint->request(QStringLiteral("/api/v1/survey"))),
                    std::chrono::milliseconds::zero(),
                    [this](QNetworkReply &reply) { onReplyFinished(reply); });
}

void SurveyCache::onReplyFinished(QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply.error() == QNetworkReply::NoError && status == 200 &&
                    adopt(QJsonDocument::fromJson(reply.readAll()).object());
    m_refresh.start(ok ? m_interval : std::chrono::milliseconds(kRetryAfterFailure));
}

} // namespace hailong
