#include "http/ApiServer.h"

#include "http/DailyRoutes.h"
#include "http/HealthRoutes.h"
#include "http/IndicatorRoutes.h"
#include "http/KioskRoutes.h"
#include "http/PromptRoutes.h"
#include "http/RatingRoutes.h"
#include "http/RouteTable.h"
#include "http/SessionRoutes.h"
#include "http/SurveyRoutes.h"

namespace hailong {

ApiServer::ApiServer(ApiServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rateLimiter(m_settings.kioskRateLimit)
    , m_kiosks(*m_settings.storage, m_rateLimiter)
    , m_staff(*m_settings.storage)
    , m_ingest(*m_settings.storage, m_settings.surveys, m_settings.secretKey)
    , m_indicators(*m_settings.storage, m_settings.indicators)
    , m_daily(*m_settings.storage, m_indicators, m_settings.surveys)
    , m_polls(m_prompts, *m_settings.storage)
    , m_context{*m_settings.storage, m_kiosks, m_staff,           m_ingest, m_indicators, m_daily,
                m_prompts,           m_polls,  m_settings.surveys}
    , m_listener(m_http, m_settings.limits)
{
    RouteTable routes(m_http);
    HealthRoutes::install(routes, m_context);
    RatingRoutes::install(routes, m_context);
    SurveyRoutes::install(routes, m_context);
    SessionRoutes::install(routes, m_context);
    IndicatorRoutes::install(routes, m_context);
    DailyRoutes::install(routes, m_context);
    KioskRoutes::install(routes, m_context);
    PromptRoutes::install(routes, m_context);
    routes.answerUnknownRoutes();
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port,
                                  const QSslCertificate &certificate, const QSslKey &key)
{
    return m_listener.listen(address, port, certificate, key);
}

} // namespace hailong
