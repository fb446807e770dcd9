#pragma once

#include "http/AddressRateLimiter.h"
#include "http/IntegrationAuthenticator.h"
#include "http/KioskAuthenticator.h"
#include "http/PendingPromptPolls.h"
#include "http/StaffSessions.h"
#include "services/Administration.h"
#include "services/AlertService.h"
#include "services/CaseService.h"
#include "services/CentreComparison.h"
#include "services/CentreOwnership.h"
#include "services/ChartService.h"
#include "services/DailyContextService.h"
#include "services/DailySummaryService.h"
#include "services/DossierIntake.h"
#include "services/EnrolmentCommand.h"
#include "services/IndicatorService.h"
#include "services/KioskStatusService.h"
#include "services/LinkRatingIngest.h"
#include "services/NotificationChoices.h"
#include "services/PeriodClosings.h"
#include "services/PromptQueue.h"
#include "services/ProvinceReportService.h"
#include "services/RankingService.h"
#include "services/RatingIngest.h"
#include "services/RatingPatternService.h"
#include "services/ReportService.h"
#include "services/StaffLogin.h"
#include "services/StaffRegister.h"
#include "services/StaffSheetService.h"
#include "services/SurveyProvider.h"
#include "services/TrendService.h"

namespace hailong {

// What the route handlers reach: the services and access checks, built and owned by the
// composition root (cli/ServerServices). Never the storage: a route parses, calls one of these
// and maps the result.
struct ApiContext
{
    KioskAuthenticator &kiosks;
    StaffSessions &staff;
    StaffLogin &staffLogin;
    RatingIngest &ingest;
    IndicatorService &indicators;
    DailySummaryService &daily;
    DailyContextService &dailyContext;
    RatingPatternService &patterns;
    PromptQueue &prompts;
    PendingPromptPolls &polls;
    const SurveyProvider &surveys;
    TrendService &trends;
    RankingService &ranking;
    AlertService &alerts;
    ChartService &charts;
    ReportService &reports;
    ReportIssuerSettings &reportIssuer;
    Administration &administration;
    CentreOwnership &ownership;
    KioskStatusService &kioskStatus;
    const EnrolmentCommand &enrolment;
    PeriodClosings &periodClosings;
    IntegrationAuthenticator &integrations;
    DossierIntake &dossiers;
    LinkRatingIngest &linkRatings;
    AddressRateLimiter &linkRateLimiter; // GET /r/{token} and POST /api/v1/link-ratings
    CaseService &cases;
    StaffRegister &staffRegister;
    StaffSheetService &staffSheets;
    NotificationChoices &notificationChoices;
    CentreComparison &centres;
    ProvinceReportService &provinceReports;
};

} // namespace hailong
