#include "http/ReportRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"
#include "http/ProvinceReportRoute.h"

namespace hailong {

// GET /api/v1/report?period=&rule=&format=json|csv|xlsx|pdf|docx&lang=vi|en&centre= (manager): the
// report file, the same bytes as `hailong-server export`; every download is written to the audit
// log. Both routes read the caller's centre (CentreScope), a province user's roll-up or one centre.
void ReportRoutes::install(RouteTable &routes, ApiContext &api)
{
    // GET /api/v1/report/figures?period=&rule= (viewer): the JSON report's figures for the
    // period view — comparisons, breakdowns, reasons, comments — without the download.
    routes.addStaff(
        QStringLiteral("/api/v1/report/figures"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<Period> period = periodFromQuery(request.query());
            if (!period)
                return JsonResponse::error(HttpStatus::BadRequest, period.error());
            return JsonResponse::ok(api.reports.figures(period.value(), centre.value()));
        });
    routes.addStaff(
        QStringLiteral("/api/v1/report"), HttpMethod::Get, {StaffRole::Manager, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            if (request.query().hasQueryItem(QStringLiteral("scope")))
                return ProvinceReportRoute::answer(api, request, session);
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<PeriodChoice<ReportFormat>> asked = periodChoiceFromQuery(
                request.query(), QStringLiteral("format"), ReportFormat::Json, reportFormatFromCode,
                {QStringLiteral("invalid-format"),
                 QStringLiteral("format must be json, csv, xlsx, pdf or docx")});
            if (!asked)
                return JsonResponse::error(HttpStatus::BadRequest, asked.error());
            const Result<ReportLanguage> language = choiceFromQuery(
                request.query(), QStringLiteral("lang"), ReportLanguage::Vietnamese,
                reportLanguageFromExactCode,
                {QStringLiteral("invalid-lang"), QStringLiteral("lang must be vi or en")});
            if (!language)
                return JsonResponse::error(HttpStatus::BadRequest, language.error());
            const Result<ExportedReport> exported = api.reports.exportReport(
                asked.value().period, asked.value().choice, language.value(),
                {session.user, StaffSessions::address(request)}, centre.value());
            if (!exported)
                return JsonResponse::error(HttpStatus::InternalServerError, exported.error());
            const ReportFile &file = exported.value().file;
            QHttpServerResponse response(file.mimeType.toLatin1(), file.bytes);
            response.setHeader(QByteArrayLiteral("Content-Disposition"),
                               QByteArrayLiteral("attachment; filename=\"") +
                                   exported.value().fileName.toLatin1() + '"');
            response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
            return response;
        });
}

} // namespace hailong
