#pragma once

#include "http/ApiContext.h"
#include "http/RouteTable.h"

namespace hailong {

// GET /api/v1/cases?status= and POST /api/v1/cases/{id} (manager): complaint cases.
class CaseRoutes
{
public:
    static void install(RouteTable &routes, ApiContext &api);
};

} // namespace hailong
