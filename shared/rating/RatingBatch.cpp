#include "rating/RatingBatch.h"

#include "rating/RatingValidator.h"
#include "wire/BatchEnvelope.h"

namespace hailong {

Result<QJsonArray> RatingBatch::parse(const QByteArray &body)
{
    return BatchEnvelope::parse(body, QStringLiteral("ratings"), WireLimits::maxBatchSize,
                                WireLimits::maxBodyBytes);
}

} // namespace hailong
