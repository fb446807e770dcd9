#pragma once

#include "http/ApiContext.h"
#include "http/RouteTable.h"

namespace hailong {

class CentreRoutes
{
public:
    static void install(RouteTable &routes, ApiContext &api);
};

} // namespace hailong
