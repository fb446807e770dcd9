#pragma once

#include "Result.h"
#include "rating/Rating.h"
#include "survey/SurveyCatalog.h"

#include <QJsonValue>

namespace hailong {

// Limits of the wire contract (v1).
namespace WireLimits {
constexpr int maxCommentLength = 500;    // characters
constexpr int maxCodeLength = 100;       // field, procedure, dossier, counter, staff, codes
constexpr int maxBatchSize = 500;        // ratings per request
constexpr qint64 maxBodyBytes = 1 << 20; // 1 MiB
} // namespace WireLimits

// Turns one JSON value of a batch into a Rating, or names the first fault.
//
// Error codes (one per fault):
//   not-an-object          the rating is not a JSON object
//   missing-id, missing-created-at, missing-seq, missing-survey, missing-overall
//   invalid-id             not a UUID
//   invalid-created-at     not RFC 3339 with an offset (Z or ±hh:mm)
//   invalid-seq            not a whole number >= 0 (within 2^53)
//   wrong-type             an optional member has the wrong JSON type
//   unknown-survey         survey id not in the catalogue
//   invalid-level          overall is not a whole number that the survey defines
//   unknown-criterion      a criterion code the survey does not define
//   invalid-criterion-level  a criterion answer neither 0 nor a level of the survey
//   unknown-reason         a reason code the survey does not define
//   duplicate-reason       the same reason twice
//   unknown-field          a service field code the survey does not define
//   comment-too-long       more than 500 characters
//   text-too-long          procedure, dossier, counter, staff or lang over 100 characters
//   invalid-lang           lang not a BCP 47-like tag (letters, digits, '-')
//   invalid-ended          ended not "done", "timeout" or "skipped"
//   invalid-text           a text holds control characters (other than newline/tab in comment)
// Unknown members are ignored, for forward compatibility. An optional member that is null
// counts as absent; a required one that is null is missing. Levels are JSON numbers with a
// whole value (2 and 2.0 alike); booleans and strings are invalid-level. created_at keeps
// the offset it was written with; fractional seconds are kept to the millisecond.
// Comment length counts characters (code points), not bytes.
class RatingValidator
{
public:
    explicit RatingValidator(const SurveyCatalog &surveys)
        : m_surveys(surveys)
    {}

    Result<Rating> validate(const QJsonValue &value) const;

private:
    const SurveyCatalog &m_surveys;
};

} // namespace hailong
