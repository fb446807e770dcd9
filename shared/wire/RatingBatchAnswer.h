#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace hailong {

// What the server says about one rating of a kiosk's batch.
//   Accepted: stored now. Duplicate: the same id and content was stored before.
//   Rejected: invalid, or the id was stored with other content ("conflict").
// Accepted and duplicate both mean committed on the server: the kiosk may forget the rating.
enum class RatingStatus { Accepted, Duplicate, Rejected };

QString ratingStatusCode(RatingStatus status); // "accepted" | "duplicate" | "rejected"
std::optional<RatingStatus> ratingStatusFromCode(QStringView code);

struct RatingResult
{
    QJsonValue id = QJsonValue::Null; // as the kiosk sent it (null when it sent none)
    RatingStatus status = RatingStatus::Rejected;
    QString error; // the validator's code, or "conflict"; empty unless rejected
    QString message;
};

// The answer to POST /api/v1/ratings, one result per rating in the order they were sent:
// {"results":[{"error"?, "id", "message"?, "status"}]} (error and message only when rejected).
struct RatingBatchAnswer
{
    QList<RatingResult> results;

    QByteArray toJson() const;
    // Errors: "unreadable-answer" (not JSON, or no "results" array: an answer cut short).
    // A result with a status this side does not know is left out.
    static Result<RatingBatchAnswer> fromJson(const QByteArray &body);
};

} // namespace hailong
