#pragma once

#include "http/KioskAuthenticator.h"
#include "http/PendingPromptPolls.h"
#include "http/StaffSessions.h"
#include "services/DailySummaryService.h"
#include "services/IndicatorService.h"
#include "services/PromptQueue.h"
#include "services/RatingIngest.h"
#include "services/SurveyProvider.h"
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
};

} // namespace hailong
