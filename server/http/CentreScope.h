#pragma once

#include "Result.h"
#include "services/Administration.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

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
    // The one centre a change is for (closing a period): of()'s centre, and for a province-wide
    // user naming none the only centre there is. Errors: of()'s, "centre-required" (several
    // centres and none named).
    static Result<QString> ofOne(const QHttpServerRequest &request, const SessionRecord &session,
                                 Administration &administration);
    // forbidden-centre 403, unknown-centre 404, centre-required 400.
    static QHttpServerResponse refusal(const ValidationError &error);
};

} // namespace hailong
