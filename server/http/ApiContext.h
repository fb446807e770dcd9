#pragma once

#include "http/KioskAuthenticator.h"
#include "http/PendingPromptPolls.h"
#include "http/StaffSessions.h"
#include "services/Administration.h"
#include "services/AlertService.h"
#include "services/ChartService.h"
#include "services/DailySummaryService.h"
#include "services/EnrolmentCommand.h"
#include "services/IndicatorService.h"
#include "services/PromptQueue.h"
#include "services/RankingService.h"
#include "services/RatingIngest.h"
#include "services/ReportService.h"
#include "services/SurveyProvider.h"
#include "services/TrendService.h"
#include "storage/Storage.h"

namespace hailong {

// What the route handlers reach: the services and access checks, owned by ApiServer.
struct ApiContext
{
    Storage &storage;
    KioskAuthenticator &kiosks;
    StaffSessions &staff;
    RatingIngest &ingest;
    IndicatorService &indicators;
    DailySummaryService &daily;
    PromptQueue &prompts;
    PendingPromptPolls &polls;
    const SurveyProvider &surveys;
    TrendService &trends;
    RankingService &ranking;
    AlertService &alerts;
    ChartService &charts;
    ReportService &reports;
    Administration &administration;
    const EnrolmentCommand &enrolment;
};

} // namespace hailong
