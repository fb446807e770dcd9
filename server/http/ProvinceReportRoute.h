#pragma once

#include "http/ApiContext.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace hailong {

// GET /api/v1/report?scope=province&period=&rule=&format=json|csv|xlsx|pdf&lang=vi|en (manager,
// province-wide): a row per centre. ReportRoutes hands the request here when it names a scope.
class ProvinceReportRoute
{
public:
    // 403 forbidden-centre for a centre's user, 400 invalid-scope for a scope other than
    // "province", invalid-period, invalid-rule, invalid-format (docx too) or invalid-lang.
    static QHttpServerResponse answer(ApiContext &api, const QHttpServerRequest &request,
                                      const SessionRecord &session);
};

} // namespace hailong
