#include "TappedRatings.h"

#include <QUuid>

namespace hailong::testing {

Rating tappedRating(qint64 seq, int overall)
{
    Rating rating;
    rating.id = QUuid::createUuid();
    rating.createdAt = QDateTime::currentDateTime().toOffsetFromUtc(7 * 3600);
    rating.seq = seq;
    rating.survey = QStringLiteral("default");
    rating.overall = overall;
    rating.ended = SessionEnd::Done;
    return rating;
}

SyncClient::Tuning quickRetries()
{
    SyncClient::Tuning tuning;
    tuning.initialBackoff = std::chrono::milliseconds(50);
    tuning.maxBackoff = std::chrono::milliseconds(400);
    tuning.requestTimeout = std::chrono::seconds(30);
    return tuning;
}

} // namespace hailong::testing
