#pragma once

#include "Result.h"
#include "services/Administration.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <optional>

namespace hailong {

// Which centre a staff read covers, from `centre=ID` in its query and the caller's scope: a
// centre's user reads their own centre (naming it or not) and is refused any other; a
// province-wide user reads the named centre, or every centre (the roll-up) when none is named.
class CentreScope
{
public:
    // The centre's id, or empty for the roll-up. Errors: "forbidden-centre", "unknown-centre".
    static Result<QString> of(const QHttpServerRequest &request, const SessionRecord &session,
                              Administration &administration);
    // For reads whose figures are not yet kept per centre (the report and its downloads, the
    // charts, rankings, alerts, audit log, period closings and staff sheets): they cover every
    // centre, so once there are several only a province-wide user naming no centre gets them, and
    // everyone else is refused (403 centre-not-separated) rather than shown other centres' rows.
    // With one centre they answer as before. Empty when the read may go on.
    static std::optional<QHttpServerResponse>
    refusalOfWholeDatabaseRead(const QHttpServerRequest &request, const SessionRecord &session,
                               Administration &administration);
    // forbidden-centre and centre-not-separated 403, unknown-centre 404.
    static QHttpServerResponse refusal(const ValidationError &error);
};

} // namespace hailong
