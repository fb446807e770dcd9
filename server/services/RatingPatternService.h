#pragma once

#include "services/SurveyProvider.h"
#include "storage/Storage.h"

#include <QDate>
#include <QJsonObject>

namespace hailong {

// Why and when over centre days [first, last] for the dashboard (GET /api/v1/patterns): the
// reasons ticked (counted as the report counts them) in all and by counter and field, how many
// ratings gave each of the five levels, and a weekday × hour grid of ratings and satisfied
// ones in centre time. Suspect and repeated ratings count nowhere.
class RatingPatternService
{
public:
    RatingPatternService(Storage &storage, const SurveyProvider &surveys);

    // {"from","to","reasons":[{"code","text","text_en","kind","count"}],
    //  "reasons_by_counter":[{"counter","centre","field","field_name","field_name_en","code","text",
    //  "text_en","kind","count"}], "levels":[{"level","count"}×5],
    //  "week_hours":[{"weekday" 1 = Monday…7,"hour","n","satisfied","rate"}] (cells with ratings)}
    // `centre`: that centre's ratings; empty, every centre's.
    QJsonObject patterns(const QDate &first, const QDate &last, const QString &centre = {});

private:
    Storage &m_storage;
    const SurveyProvider &m_surveys;
};

} // namespace hailong
