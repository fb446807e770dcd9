#include "cli/ExportCommand.h"

#include "ReportFormat.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "period/CentreDay.h"
#include "services/IndicatorService.h"
#include "services/ReportService.h"
#include "services/TrendService.h"

namespace hailong {

// The same document and the same renderReport() as GET /api/v1/report, so a file made here
// carries the numbers the dashboard shows.
int ExportCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server export --data DIR --period P [--rule nd09|calendar] "
                       "--format csv|xlsx|pdf|json --out FILE"),
        {{QStringLiteral("period"), QStringLiteral("2026-Q1, 2026-H1, 2026 or FROM..TO"),
          QStringLiteral("P")},
         {QStringLiteral("rule"), QStringLiteral("nd09 (default) or calendar"),
          QStringLiteral("RULE")},
         {QStringLiteral("format"), QStringLiteral("csv, xlsx, pdf or json"),
          QStringLiteral("FORMAT")},
         {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::optional<ReportFormat> format =
        reportFormatFromCode(args.value(QStringLiteral("format")));
    const QString out = args.value(QStringLiteral("out"));
    if (!format || out.isEmpty() || args.value(QStringLiteral("period")).isEmpty()) {
        printError(QStringLiteral("--period, --out and --format csv|xlsx|pdf|json are required"));
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
    Storage &storage = *opened;
    IndicatorService indicators(storage, definitions.value());
    TrendService trends(storage, definitions.value());
    ReportService reports(indicators, trends, data.centreName());
    const Result<ReportFile> file = renderReport(reports.document(period.value()), *format);
    if (!file) {
        printError(file.error().message);
        return ExitFailure;
    }
    const Result<bool> written = DataDirectory::writeFile(out, file.value().bytes);
    if (!written) {
        printError(written.error().message);
        return ExitFailure;
    }
    storage.audit(QStringLiteral("export"), QStringLiteral("cli"),
                  QStringLiteral("%1 %2 %3")
                      .arg(period.value().name(), periodRuleCode(period.value().rule()),
                           reportFormatCode(*format)));
    printLine(QStringLiteral("wrote %1").arg(out));
    return ExitOk;
}

} // namespace hailong
