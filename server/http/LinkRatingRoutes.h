#pragma once

#include "http/ApiContext.h"
#include "http/RouteTable.h"

namespace hailong {

// Rating by phone through a dossier's link: GET /r/{token} (the phone page, with the link's
// state), GET /r/{file} (its script, style and faces), POST /api/v1/link-ratings (no login:
// the link is the permission), and GET /api/v1/dossiers/{code}/rating-link (manager or
// integration token) for the link again, as JSON or a QR code. The page and the rating face
// the public internet: each address gets `serve --link-rate-limit` of them a minute.
class LinkRatingRoutes
{
public:
    static void install(RouteTable &routes, ApiContext &api);
};

} // namespace hailong
