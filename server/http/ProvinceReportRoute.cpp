#include "http/ProvinceReportRoute.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"

namespace hailong {

QHttpServerResponse ProvinceReportRoute::answer(ApiContext &api, const QHttpServerRequest &request,
                                                const SessionRecord &session)
{
    if (request.query().queryItemValue(QStringLiteral("scope")) != QLatin1String("province"))
        return JsonResponse::error(HttpStatus::BadRequest,
                                   {QStringLiteral("invalid-scope"),
                                    QStringLiteral("scope must be province or left out")});
    if (!session.centreId.isEmpty())
        return CentreScope::refusal({QStringLiteral("forbidden-centre"),
                                     QStringLiteral("Báo cáo cấp tỉnh chỉ dành cho tài khoản cấp "
                                                    "tỉnh / the province report is for "
                                                    "province-wide accounts")});
    const auto format = [](const QString &code) -> std::optional<ReportFormat> {
        const std::optional<ReportFormat> known = reportFormatFromCode(code);
        if (known == ReportFormat::Docx)
            return std::nullopt;
        return known;
    };
    const Result<PeriodChoice<ReportFormat>> asked = periodChoiceFromQuery(
        request.query(), QStringLiteral("format"), ReportFormat::Json, format,
        {QStringLiteral("invalid-format"),
         QStringLiteral("the province report's format is json, csv, xlsx or pdf")});
    if (!asked)
        return JsonResponse::error(HttpStatus::BadRequest, asked.error());
    const Result<ReportLanguage> language =
        choiceFromQuery(request.query(), QStringLiteral("lang"), ReportLanguage::Vietnamese,
                        reportLanguageFromExactCode,
                        {QStringLiteral("invalid-lang"), QStringLiteral("lang must be vi or en")});
    if (!language)
        return JsonResponse::error(HttpStatus::BadRequest, language.error());
    const Result<ExportedReport> exported = api.provinceReports.exportReport(
        asked.value().period, asked.value().choice, language.value(),
        {session.user, StaffSessions::address(request)});
    if (!exported)
        return JsonResponse::error(HttpStatus::InternalServerError, exported.error());
    const ReportFile &file = exported.value().file;
    QHttpServerResponse response(file.mimeType.toLatin1(), file.bytes);
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       QByteArrayLiteral("attachment; filename=\"") +
                           exported.value().fileName.toLatin1() + '"');
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

} // namespace hailong
