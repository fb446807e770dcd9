#pragma once

#include "http/ApiContext.h"
#include "http/RouteTable.h"

namespace hailong {

// GET /api/v1/patterns (staff): the reasons, levels and weekday × hour grid of one day
// (`date`) or of a period (`period`, `rule`).
class PatternRoutes
{
public:
    static void install(RouteTable &routes, ApiContext &api);
};

} // namespace hailong
