#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>

namespace hailong {

// The envelope of a batch request, {"<key>":[…]} with 1..maxEntries entries in at most
// maxBodyBytes of strict UTF-8 JSON. Only the envelope is checked here; each entry is checked
// on its own, so one bad entry never sinks its batch.
//
// Error codes: too-large, malformed-json (not UTF-8 JSON, or truncated), not-an-object,
// missing-<key>, wrong-type (not an array), empty-batch, batch-too-large.
class BatchEnvelope
{
public:
    static Result<QJsonArray> parse(const QByteArray &body, const QString &key, int maxEntries,
                                    qint64 maxBodyBytes);
};

} // namespace hailong
