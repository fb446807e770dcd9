#pragma once

#include "http/ApiContext.h"
#include "http/RouteTable.h"

namespace hailong {

class NotificationRoutes
{
public:
    static void install(RouteTable &routes, ApiContext &api);
};

} // namespace hailong
