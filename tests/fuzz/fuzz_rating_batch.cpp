// libFuzzer target: a POST /api/v1/ratings body through the envelope parser and, entry by
// entry, the rating validator — what the server runs on every kiosk's bytes. A rating that
// validates must survive its own wire form: validating Rating::toJson() gives the same
// canonical form.
#include "rating/RatingBatch.h"
#include "rating/RatingValidator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const hailong::SurveyCatalog surveys;
    const hailong::RatingValidator validator(surveys);
    const hailong::Result<QJsonArray> batch =
        hailong::RatingBatch::parse(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    if (!batch)
        return 0;
    for (const QJsonValue &entry : batch.value()) {
        const hailong::Result<hailong::Rating> rating = validator.validate(entry);
        if (!rating)
            continue;
        const hailong::Result<hailong::Rating> again = validator.validate(rating.value().toJson());
        if (!again || again.value().canonicalForm() != rating.value().canonicalForm())
            __builtin_trap();
    }
    return 0;
}
