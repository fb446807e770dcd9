#include "http/ApiServer.h"

#include "http/AlertRoutes.h"
#include "http/AuditRoutes.h"
#include "http/CaCertificateRoute.h"
#include "http/ChartRoutes.h"
#include "http/DailyRoutes.h"
#include "http/HealthRoutes.h"
#include "http/IndicatorRoutes.h"
#include "http/KioskRoutes.h"
#include "http/PromptRoutes.h"
#include "http/RankingRoutes.h"
#include "http/RatingRoutes.h"
#include "http/ReportRoutes.h"
#include "http/RouteTable.h"
#include "http/SessionRoutes.h"
#include "http/StaticFileRoutes.h"
#include "http/SurveyRoutes.h"
#include "http/TrendRoutes.h"
#include "http/UnitRoutes.h"
#include "http/UserRoutes.h"

#include <QLoggingCategory>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(serverLog, "hailong.server")
constexpr int connectionCheckMs = 5000;
} // namespace

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
    , m_trends(*m_settings.storage, m_settings.indicators)
    , m_ranking(*m_settings.storage)
    , m_alerts(*m_settings.storage, m_indicators, m_settings.alertMinRatings,
               m_settings.certificates)
    , m_charts(*m_settings.storage, m_indicators, m_trends)
    , m_reports(m_indicators, m_trends, m_settings.communeName)
    , m_administration(*m_settings.storage)
    , m_context{*m_settings.storage,
                m_kiosks,
                m_staff,
                m_ingest,
                m_indicators,
                m_daily,
                m_prompts,
                m_polls,
                m_settings.surveys,
                m_trends,
                m_ranking,
                m_alerts,
                m_charts,
                m_reports,
                m_administration,
                m_settings.enrolment}
    , m_listener(m_http, m_settings.limits)
{
    RouteTable routes(m_http, m_staff);
    HealthRoutes::install(routes, m_context);
    CaCertificateRoute::install(routes, m_settings.caCertificatePem);
    RatingRoutes::install(routes, m_context);
    SurveyRoutes::install(routes, m_context);
    SessionRoutes::install(routes, m_context);
    IndicatorRoutes::install(routes, m_context);
    DailyRoutes::install(routes, m_context);
    KioskRoutes::install(routes, m_context);
    PromptRoutes::install(routes, m_context);
    AlertRoutes::install(routes, m_context);
    TrendRoutes::install(routes, m_context);
    RankingRoutes::install(routes, m_context);
    ChartRoutes::install(routes, m_context);
    ReportRoutes::install(routes, m_context);
    UserRoutes::install(routes, m_context);
    UnitRoutes::install(routes, m_context);
    AuditRoutes::install(routes, m_context);
    StaticFileRoutes::install(routes);
    routes.answerUnknownRoutes();

    m_connectionCheck.setInterval(connectionCheckMs);
    connect(&m_connectionCheck, &QTimer::timeout, this, [this] {
        if (m_settings.storage->reconnectIfLost())
            qCInfo(serverLog) << "database connection restored";
    });
    m_connectionCheck.start();
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port,
                                  const QSslCertificate &certificate, const QSslKey &key)
{
    if (m_settings.mutualTls) {
        const QList<QSslCertificate> ca =
            QSslCertificate::fromData(m_settings.caCertificatePem, QSsl::Pem);
        if (ca.isEmpty())
            return ValidationError{QStringLiteral("tls"),
                                   QStringLiteral("mutual TLS needs the CA certificate (ca.pem)")};
        m_listener.requestClientCertificates(
            ca, [this](const RequestHead &head, const QSslCertificate &peer) {
                return m_kiosks.admitClientCertificate(head, peer);
            });
    }
    return m_listener.listen(address, port, certificate, key);
}

} // namespace hailong
