#pragma once

#include "indicators/UnitKind.h"

#include <QString>

namespace hailong {

// Counts of ratings that share everything an indicator scope looks at. Storage groups
// ratings (or daily rollups) into buckets; the calculator sums the buckets in scope, so
// no indicator logic lives in SQL.
struct RatingBucket
{
    UnitKind unitKind = UnitKind::Admin;
    bool tied = false; // tied to a procedure, dossier or field
    QString field;     // empty when none
    qint64 n = 0;      // valid ratings
    qint64 satisfied = 0;
};

} // namespace hailong
