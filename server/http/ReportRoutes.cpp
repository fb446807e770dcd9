#include "http/ReportRoutes.h"

#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

// GET /api/v1/report?period=&rule=&format=json|csv|xlsx|pdf (manager): the report file, the
// same bytes as `hailong-server export`; every download is written to the audit log.
void ReportRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/report"), HttpMethod::Get, {StaffRole::Manager, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<PeriodChoice<ReportFormat>> asked = periodChoiceFromQuery(
                request.query(), QStringLiteral("format"), ReportFormat::Json, reportFormatFromCode,
                {QStringLiteral("invalid-format"),
                 QStringLiteral("format must be json, csv, xlsx or pdf")});
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            const Period &period = asked.value().period;
            const ReportFormat format = asked.value().choice;
            const ReportDocument document = api.reports.document(period);
            const Result<ReportFile> file = renderReport(document, format);
            const QString target =
                QStringLiteral("%1 %2 %3")
                    .arg(period.name(), periodRuleCode(period.rule()), reportFormatCode(format));
            if (!file) {
                api.storage.audit(QStringLiteral("export-failed"), session.user, target,
                                  StaffSessions::address(request));
                return JsonResponse::error(HttpStatus::InternalServerError, file.error());
            }
            api.storage.audit(QStringLiteral("export"), session.user, target,
                              StaffSessions::address(request));
            QHttpServerResponse response(file.value().mimeType.toLatin1(), file.value().bytes);
            response.setHeader(QByteArrayLiteral("Content-Disposition"),
                               QByteArrayLiteral("attachment; filename=\"") +
                                   file.value().fileName(document).toLatin1() + '"');
            response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
            return response;
        });
}

} // namespace hailong
