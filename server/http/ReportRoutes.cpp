#include "http/ReportRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/report?period=&rule=&format=json|csv|xlsx|pdf (manager): the report file, the
// same bytes as `hailong-server export`; every download is written to the audit log.
void ReportRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.add(
        QStringLiteral("/api/v1/report"), HttpMethod::Get,
        [&api](const QHttpServerRequest &request) {
            return JsonResponse::guarded([&] {
                const Result<SessionRecord> session = api.staff.authenticateManager(request, false);
                if (!session)
                    return JsonResponse::refusal(session.error());
                const QUrlQuery query = request.query();
                const Result<Period> period = periodFromQuery(query);
                if (!period)
                    return JsonResponse::error(HttpStatus::BadRequest, period.error());
                const QString code = query.queryItemValue(QStringLiteral("format"));
                const std::optional<ReportFormat> format =
                    code.isEmpty() ? ReportFormat::Json : reportFormatFromCode(code);
                if (!format)
                    return JsonResponse::error(HttpStatus::BadRequest,
                                               QStringLiteral("invalid-format"),
                                               QStringLiteral("format must be json, csv, xlsx "
                                                              "or pdf"));
                const ReportDocument document = api.reports.document(period.value());
                const Result<ReportFile> file = renderReport(document, *format);
                const QString target =
                    QStringLiteral("%1 %2 %3")
                        .arg(period.value().name(), periodRuleCode(period.value().rule()),
                             reportFormatCode(*format));
                if (!file) {
                    api.storage.audit(QStringLiteral("export-failed"), session.value().user, target,
                                      StaffSessions::address(request));
                    return JsonResponse::error(HttpStatus::InternalServerError, file.error());
                }
                api.storage.audit(QStringLiteral("export"), session.value().user, target,
                                  StaffSessions::address(request));
                QHttpServerResponse response(file.value().mimeType.toLatin1(), file.value().bytes);
                response.setHeader(QByteArrayLiteral("Content-Disposition"),
                                   QByteArrayLiteral("attachment; filename=\"") +
                                       file.value().fileName(document).toLatin1() + '"');
                response.setHeader(QByteArrayLiteral("Cache-Control"),
                                   QByteArrayLiteral("no-store"));
                response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                                   QByteArrayLiteral("nosniff"));
                return response;
            });
        });
}

} // namespace hailong
