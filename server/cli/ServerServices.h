#pragma once

#include "config/CentreSettings.h"
#include "http/ApiContext.h"
#include "http/KioskRateLimiter.h"
#include "indicators/IndicatorDefinition.h"
#include "services/CertificateExpiry.h"
#include "services/StaffNotifications.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace hailong {

// What `serve` read from its data folder and its flags for the services.
struct ServerSettings
{
    std::shared_ptr<Storage> storage;
    QByteArray secretKey;
    QList<IndicatorDefinition> indicators;
    SurveyProvider surveys;
    int kioskRateLimit = 10;        // requests per second per kiosk; 0 = off
    int linkRateLimit = 30;         // rating pages and link ratings a minute per address; 0 = off
    int alertMinRatings = 30;       // today's ratings before an indicator below target alerts
    QString communeName;            // for the public page and the reports' heading
    QString centrePath;             // centre.json: the reports' issuer and signer
    EnrolmentCommand enrolment;     // the line shown when the dashboard enrols a kiosk
    CertificateExpiry certificates; // alerts a month before the server or CA certificate expires
    RatingLinks ratingLinks{{}, {}, {}, CentreSettings::defaultLinkDays};
    int caseAnswerDays = CentreSettings::defaultCaseAnswerDays; // centre.json case_answer_days
    std::optional<StaffNotifications::Settings> notifications;  // none: no e-mail notices
};

// The composition root of `serve`: builds every service and access check once, wires them
// together and hands them to the routes as an ApiContext. http/ only routes to what this holds.
// It also keeps the database connected: a PostgreSQL restart drops the connections, which are
// checked every few seconds and opened again, so the server serves again by itself.
class ServerServices : public QObject
{
    Q_OBJECT

public:
    explicit ServerServices(ServerSettings settings, QObject *parent = nullptr);
    ~ServerServices() override;

    ApiContext &context() { return m_context; }

private:
    ServerSettings m_settings;
    KioskRateLimiter m_rateLimiter;
    AddressRateLimiter m_linkRateLimiter;
    KioskAuthenticator m_kiosks;
    StaffSessions m_staff;
    StaffLogin m_staffLogin;
    RatingIngest m_ingest;
    IndicatorService m_indicators;
    DailySummaryService m_daily;
    DailyContextService m_dailyContext;
    RatingPatternService m_patterns;
    PromptQueue m_prompts;
    PendingPromptPolls m_polls;
    TrendService m_trends;
    RankingService m_ranking;
    CaseService m_cases;
    AlertService m_alerts;
    ChartService m_charts;
    ReportIssuerSettings m_reportIssuer;
    ReportService m_reports;
    Administration m_administration;
    CentreOwnership m_ownership;
    KioskStatusService m_kioskStatus;
    PeriodClosings m_periodClosings;
    IntegrationAuthenticator m_integrations;
    DossierIntake m_dossiers;
    LinkRatingIngest m_linkRatings;
    StaffRegister m_staffRegister;
    StaffSheetService m_staffSheets;
    StaffNotifications m_notifications;
    NotificationChoices m_notificationChoices;
    CentreComparison m_centres;
    ProvinceReportService m_provinceReports;
    ApiContext m_context;
    QTimer m_connectionCheck;
};

} // namespace hailong
