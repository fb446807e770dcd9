#pragma once

#include "http/ApiContext.h"
#include "http/ConnectionLimits.h"
#include "http/HttpsListener.h"
#include "http/KioskRateLimiter.h"

#include <QHttpServer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace hailong {

struct ApiServerSettings
{
    std::shared_ptr<Storage> storage;
    QByteArray secretKey;
    QList<IndicatorDefinition> indicators;
    SurveyProvider surveys;
    int kioskRateLimit = 10;  // requests per second per kiosk; 0 = off
    int alertMinRatings = 30; // today's ratings before an indicator below target alerts
    QString communeName;      // for the public page and the reports' heading
    ConnectionLimits limits;
    QByteArray caCertificatePem;    // served at /ca.pem for kiosk enrolment
    EnrolmentCommand enrolment;     // the line shown when the dashboard enrols a kiosk
    CertificateExpiry certificates; // alerts a month before the server or CA certificate expires
    // Kiosk requests need the client certificate issued with the kiosk (serve --mutual-tls);
    // the CA is caCertificatePem.
    bool mutualTls = false;
};

// The HTTPS API: builds the services and access checks, installs every route and listens.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(ApiServerSettings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const QSslCertificate &certificate, const QSslKey &key);

private:
    ApiServerSettings m_settings;
    QHttpServer m_http;
    KioskRateLimiter m_rateLimiter;
    KioskAuthenticator m_kiosks;
    StaffSessions m_staff;
    RatingIngest m_ingest;
    IndicatorService m_indicators;
    DailySummaryService m_daily;
    PromptQueue m_prompts;
    PendingPromptPolls m_polls;
    TrendService m_trends;
    RankingService m_ranking;
    AlertService m_alerts;
    ChartService m_charts;
    ReportService m_reports;
    Administration m_administration;
    ApiContext m_context;
    HttpsListener m_listener;
    // A PostgreSQL restart drops the connections: they are checked every few seconds and
    // opened again, so the server serves again without being restarted itself.
    QTimer m_connectionCheck;
};

} // namespace hailong
