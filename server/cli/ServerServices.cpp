#include "cli/ServerServices.h"

#include <QLoggingCategory>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(serverLog, "hailong.server")
constexpr int connectionCheckMs = 5000;
} // namespace

ServerServices::ServerServices(ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rateLimiter(m_settings.kioskRateLimit)
    , m_linkRateLimiter(m_settings.linkRateLimit)
    , m_kiosks(*m_settings.storage, m_rateLimiter)
    , m_staff(*m_settings.storage)
    , m_staffLogin(*m_settings.storage)
    , m_ingest(*m_settings.storage, m_settings.surveys, m_settings.secretKey)
    , m_indicators(*m_settings.storage, m_settings.indicators)
    , m_daily(*m_settings.storage, m_indicators, m_settings.surveys)
    , m_dailyContext(*m_settings.storage, m_indicators)
    , m_patterns(*m_settings.storage, m_settings.surveys)
    , m_prompts(*m_settings.storage, m_settings.surveys)
    , m_polls(m_prompts, *m_settings.storage)
    , m_trends(*m_settings.storage, m_settings.indicators)
    , m_ranking(*m_settings.storage)
    , m_cases(*m_settings.storage, m_settings.caseAnswerDays)
    , m_alerts(*m_settings.storage, m_indicators, m_cases, m_settings.alertMinRatings,
               m_settings.certificates)
    , m_charts(*m_settings.storage, m_indicators, m_trends)
    , m_reportIssuer(*m_settings.storage, m_settings.centrePath, m_settings.communeName)
    , m_reports(*m_settings.storage, m_indicators, m_trends, m_settings.surveys, m_cases,
                m_settings.communeName, m_reportIssuer)
    , m_administration(*m_settings.storage)
    , m_ownership(*m_settings.storage)
    , m_kioskStatus(*m_settings.storage,
                    [this](const QString &kioskId) { return m_polls.isWaiting(kioskId); })
    , m_periodClosings(*m_settings.storage)
    , m_integrations(*m_settings.storage)
    , m_dossiers(*m_settings.storage, m_settings.secretKey, m_settings.ratingLinks)
    , m_linkRatings(*m_settings.storage, m_ingest, m_settings.surveys, m_dossiers,
                    m_settings.ratingLinks, m_settings.communeName)
    , m_staffRegister(*m_settings.storage)
    , m_staffSheets(*m_settings.storage, m_ranking, m_settings.surveys, m_reportIssuer)
    , m_notifications(*m_settings.storage, m_indicators, m_settings.surveys,
                      m_settings.notifications)
    , m_notificationChoices(*m_settings.storage, m_notifications)
    , m_centres(*m_settings.storage, m_indicators, m_alerts)
    , m_provinceReports(*m_settings.storage, m_centres, m_settings.communeName)
    , m_context{m_kiosks,
                m_staff,
                m_staffLogin,
                m_ingest,
                m_indicators,
                m_daily,
                m_dailyContext,
                m_patterns,
                m_prompts,
                m_polls,
                m_settings.surveys,
                m_trends,
                m_ranking,
                m_alerts,
                m_charts,
                m_reports,
                m_reportIssuer,
                m_administration,
                m_ownership,
                m_kioskStatus,
                m_settings.enrolment,
                m_periodClosings,
                m_integrations,
                m_dossiers,
                m_linkRatings,
                m_linkRateLimiter,
                m_cases,
                m_staffRegister,
                m_staffSheets,
                m_notificationChoices,
                m_centres,
                m_provinceReports}
{
    m_connectionCheck.setInterval(connectionCheckMs);
    connect(&m_connectionCheck, &QTimer::timeout, this, [this] {
        if (m_settings.storage->reconnectIfLost())
            qCInfo(serverLog) << "database connection restored";
    });
    m_connectionCheck.start();
    m_ingest.onStored(
        [this](const QList<StoredRating> &accepted) { m_notifications.ratingsStored(accepted); });
}

ServerServices::~ServerServices() = default;

} // namespace hailong
