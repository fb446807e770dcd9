#pragma once

#include "services/IndicatorService.h"
#include "services/SurveyProvider.h"

#include <QDate>
#include <QJsonObject>

namespace hailong {

// One day's satisfaction for the staff dashboard (GET /api/v1/daily): totals, hours,
// breakdowns by unit, counter, staff member and field, the latest comments (stored masked).
// Suspect ratings are left out of every count and only counted on their own; ratings whose
// time the server corrected for a wrong kiosk clock are counted as clock_skew, and those that
// named a staff code the register does not hold for their unit as unattributed; by_staff lists
// registered codes only (any code while nobody is registered). Counts come
// from the daily rollups; only the latest comments are read from the ratings.
class DailySummaryService
{
public:
    DailySummaryService(Storage &storage, IndicatorService &indicators,
                        const SurveyProvider &surveys);

    // `centre`: that centre's ratings; empty, every centre's.
    QJsonObject summary(const QDate &date, const QString &centre = {});

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    const SurveyProvider &m_surveys;
};

} // namespace hailong
