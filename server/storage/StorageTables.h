#pragma once

#include "storage/AuditLogTable.h"
#include "storage/CaseTable.h"
#include "storage/CentreTable.h"
#include "storage/DigestDayTable.h"
#include "storage/DossierRatingTable.h"
#include "storage/DossierTable.h"
#include "storage/IndicatorDayTable.h"
#include "storage/IntegrationTable.h"
#include "storage/KioskSequenceTable.h"
#include "storage/KioskTable.h"
#include "storage/LoginAttemptTable.h"
#include "storage/NotificationChoiceTable.h"
#include "storage/PeriodClosingTable.h"
#include "storage/RatingDayTable.h"
#include "storage/RatingHourTable.h"
#include "storage/RatingTable.h"
#include "storage/SessionTable.h"
#include "storage/StaffTable.h"
#include "storage/UnitTable.h"
#include "storage/UserTable.h"

namespace hailong {

// Every table of one open, migrated database, its statements prepared once.
struct StorageTables
{
    explicit StorageTables(const QSqlDatabase &db)
        : db(db)
        , centres(db)
        , units(db)
        , kiosks(db)
        , users(db)
        , sessions(db)
        , loginAttempts(db)
        , auditLog(db)
        , ratings(db)
        , ratingDays(db)
        , indicatorDays(db)
        , ratingHours(db)
        , kioskSequences(db)
        , periodClosings(db)
        , dossiers(db)
        , dossierRatings(db)
        , integrations(db)
        , cases(db)
        , staff(db)
        , notificationChoices(db)
        , digestDays(db)
    {}

    QSqlDatabase db;
    CentreTable centres;
    UnitTable units;
    KioskTable kiosks;
    UserTable users;
    SessionTable sessions;
    LoginAttemptTable loginAttempts;
    AuditLogTable auditLog;
    RatingTable ratings;
    RatingDayTable ratingDays;
    IndicatorDayTable indicatorDays;
    RatingHourTable ratingHours;
    KioskSequenceTable kioskSequences;
    PeriodClosingTable periodClosings;
    DossierTable dossiers;
    DossierRatingTable dossierRatings;
    IntegrationTable integrations;
    CaseTable cases;
    StaffTable staff;
    NotificationChoiceTable notificationChoices;
    DigestDayTable digestDays;
};

} // namespace hailong
