#include "http/ApiServer.h"

#include "http/AlertRoutes.h"
#include "http/AuditRoutes.h"
#include "http/CaCertificateRoute.h"
#include "http/CaseRoutes.h"
#include "http/CentreRoutes.h"
#include "http/ChartRoutes.h"
#include "http/DailyRoutes.h"
#include "http/DossierRoutes.h"
#include "http/HealthRoutes.h"
#include "http/IndicatorRoutes.h"
#include "http/KioskRoutes.h"
#include "http/LinkRatingRoutes.h"
#include "http/NotificationRoutes.h"
#include "http/PatternRoutes.h"
#include "http/PeriodRoutes.h"
#include "http/PromptRoutes.h"
#include "http/RankingRoutes.h"
#include "http/RatingRoutes.h"
#include "http/ReportRoutes.h"
#include "http/RouteTable.h"
#include "http/SessionRoutes.h"
#include "http/SettingsRoutes.h"
#include "http/StaffRoutes.h"
#include "http/StaticFileRoutes.h"
#include "http/SurveyRoutes.h"
#include "http/TrendRoutes.h"
#include "http/UnitRoutes.h"
#include "http/UserRoutes.h"

namespace hailong {

ApiServer::ApiServer(ApiContext &api, ApiServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(std::move(settings))
    , m_listener(m_http, m_settings.limits)
{
    RouteTable routes(m_http, m_api.staff);
    HealthRoutes::install(routes, m_api);
    CaCertificateRoute::install(routes, m_settings.caCertificatePem);
    RatingRoutes::install(routes, m_api);
    DossierRoutes::install(routes, m_api);
    LinkRatingRoutes::install(routes, m_api);
    SurveyRoutes::install(routes, m_api);
    SessionRoutes::install(routes, m_api);
    IndicatorRoutes::install(routes, m_api);
    CentreRoutes::install(routes, m_api);
    DailyRoutes::install(routes, m_api);
    KioskRoutes::install(routes, m_api);
    PromptRoutes::install(routes, m_api);
    AlertRoutes::install(routes, m_api);
    CaseRoutes::install(routes, m_api);
    TrendRoutes::install(routes, m_api);
    RankingRoutes::install(routes, m_api);
    StaffRoutes::install(routes, m_api);
    ChartRoutes::install(routes, m_api);
    PeriodRoutes::install(routes, m_api);
    PatternRoutes::install(routes, m_api);
    ReportRoutes::install(routes, m_api);
    UserRoutes::install(routes, m_api);
    UnitRoutes::install(routes, m_api);
    SettingsRoutes::install(routes, m_api);
    NotificationRoutes::install(routes, m_api);
    AuditRoutes::install(routes, m_api);
    StaticFileRoutes::install(routes, m_api.administration);
    routes.answerUnknownRoutes();
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port,
                                  const QSslCertificate &certificate, const QSslKey &key)
{
    if (m_settings.mutualTls) {
        const QList<QSslCertificate> ca =
            QSslCertificate::fromData(m_settings.caCertificatePem, QSsl::Pem) +
            m_settings.communeCas;
        if (ca.isEmpty())
            return ValidationError{QStringLiteral("tls"),
                                   QStringLiteral("mutual TLS needs the CA certificate (ca.pem)")};
        m_listener.requestClientCertificates(
            ca, [this](const RequestHead &head, const QSslCertificate &peer) {
                return m_api.kiosks.admitClientCertificate(head, peer);
            });
    }
    return m_listener.listen(address, port, certificate, key, m_settings.certificateChain);
}

} // namespace hailong
