#include "cli/ExportCommand.h"

#include "ReportFormat.h"
#include "cli/CentreSurveys.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "config/CentreSettings.h"
#include "period/CentreDay.h"
#include "services/AlertService.h"
#include "services/CentreComparison.h"
#include "services/IndicatorService.h"
#include "services/ProvinceReportService.h"
#include "services/ReportService.h"
#include "services/TrendService.h"

namespace hailong {

// The same report service call as GET /api/v1/report, so a file made here carries the numbers
// the dashboard shows, and is written to the audit log as the dashboard's downloads are. Without
// --centre it is the province's roll-up over every centre (with one centre, that centre's);
// --scope province is the province's report, a row per centre (GET …?scope=province).
int ExportCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server export --data DIR --period P [--rule nd09|calendar] "
                       "--format csv|xlsx|pdf|docx|json [--lang vi|en] [--centre ID | --scope "
                       "province] --out FILE"),
        {{QStringLiteral("period"), QStringLiteral("2026-Q1, 2026-H1, 2026 or FROM..TO"),
          QStringLiteral("P")},
         {QStringLiteral("rule"), QStringLiteral("nd09 (default) or calendar"),
          QStringLiteral("RULE")},
         {QStringLiteral("format"), QStringLiteral("csv, xlsx, pdf, docx or json"),
          QStringLiteral("FORMAT")},
         {QStringLiteral("lang"), QStringLiteral("vi (default) or en"), QStringLiteral("LANG")},
         {QStringLiteral("centre"),
          QStringLiteral("One centre's report (default: every centre's, the province's roll-up)."),
          QStringLiteral("ID")},
         {QStringLiteral("scope"),
          QStringLiteral("province: the province's report, a row per centre (not docx)."),
          QStringLiteral("SCOPE")},
         {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::optional<ReportFormat> format =
        reportFormatFromCode(args.value(QStringLiteral("format")));
    const QString out = args.value(QStringLiteral("out"));
    if (!format || out.isEmpty() || args.value(QStringLiteral("period")).isEmpty()) {
        printError(
            QStringLiteral("--period, --out and --format csv|xlsx|pdf|docx|json are required"));
        return ExitUsage;
    }
    const QString langCode = args.value(QStringLiteral("lang"));
    const std::optional<ReportLanguage> language =
        langCode.isEmpty() ? ReportLanguage::Vietnamese : reportLanguageFromExactCode(langCode);
    if (!language) {
        printError(QStringLiteral("--lang must be vi or en"));
        return ExitUsage;
    }
    const Result<Period> period =
        Period::resolve(args.value(QStringLiteral("period")), args.value(QStringLiteral("rule")),
                        CentreDay::today());
    if (!period) {
        printError(period.error().message);
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    const Result<QList<IndicatorDefinition>> definitions = data.readIndicators();
    if (!definitions) {
        printError(definitions.error().message);
        return ExitFailure;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(data);
    if (!opened)
        return ExitFailure;
    const QString scope = args.value(QStringLiteral("scope"));
    const QString centre = args.value(QStringLiteral("centre"));
    if (!scope.isEmpty() && (scope != QLatin1String("province") || !centre.isEmpty())) {
        printError(QStringLiteral("--scope takes only province, without --centre"));
        return ExitUsage;
    }
    if (!centre.isEmpty() && !opened->centre(centre)) {
        printError(QStringLiteral("unknown-centre: no centre \"%1\"").arg(centre));
        return ExitUsage;
    }
    IndicatorService indicators(*opened, definitions.value());
    TrendService trends(*opened, definitions.value());
    const SurveyProvider surveys = CentreSurveys::load(data);
    const ReportIssuerSettings issuer(*opened, data.centrePath(), data.centreName());
    CaseService cases(*opened, CentreSettings::read(data).caseAnswerDays());
    ReportService reports(*opened, indicators, trends, surveys, cases, data.centreName(), issuer);
    AlertService alerts(*opened, indicators, cases, AlertService::defaultMinRatings);
    CentreComparison comparison(*opened, indicators, alerts);
    ProvinceReportService provinceReports(*opened, comparison, data.centreName());
    const Result<ExportedReport> exported =
        scope.isEmpty()
            ? reports.exportReport(period.value(), *format, *language, Actor::commandLine(), centre)
            : provinceReports.exportReport(period.value(), *format, *language,
                                           Actor::commandLine());
    if (!exported) {
        printError(exported.error().message);
        return exported.error().code == QLatin1String("invalid-format") ? ExitUsage : ExitFailure;
    }
    const Result<bool> written = DataDirectory::writeFile(out, exported.value().file.bytes);
    if (!written) {
        printError(written.error().message);
        return ExitFailure;
    }
    printLine(QStringLiteral("wrote %1").arg(out));
    return ExitOk;
}

} // namespace hailong
