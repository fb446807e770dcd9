#pragma once

#include "http/RouteTable.h"
#include "services/Administration.h"

namespace hailong {

// The dashboard's files, embedded in the binary (qrc:/dashboard): GET / (index.html),
// GET /public and GET /public/{centre} (public.html), GET /wall (wall.html) and GET
// /dashboard/{file}. Only plain file names with a known extension are served, with a strict
// Content-Security-Policy; anything else is a JSON 404.
class StaticFileRoutes
{
public:
    static void install(RouteTable &routes, Administration &administration);
};

} // namespace hailong
