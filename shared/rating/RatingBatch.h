#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>

namespace hailong {

// The envelope of POST /api/v1/ratings: {"ratings":[…]} with 1..500 entries.
// Only the envelope is checked here; each entry goes through RatingValidator, so one bad
// rating never sinks its batch.
//
// Error codes: too-large (over 1 MiB), malformed-json (not UTF-8 JSON, or truncated),
// not-an-object, missing-ratings, wrong-type ("ratings" not an array), empty-batch,
// batch-too-large (over 500).
class RatingBatch
{
public:
    static Result<QJsonArray> parse(const QByteArray &body);
};

} // namespace hailong
