#include "cli/ExportCommand.h"

#include "cli/CommandArguments.h"
#include "export/IndicatorExport.h"
#include "period/PeriodRule.h"
#include "services/IndicatorService.h"
#include "storage/SqliteStorage.h"

namespace hailong {

int ExportCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server export --data DIR --period P [--rule nd09|calendar] "
                       "--format json|csv --out FILE"),
        {{QStringLiteral("period"), QStringLiteral("2026-Q1, 2026-H1, 2026 or FROM..TO"),
          QStringLiteral("P")},
         {QStringLiteral("rule"), QStringLiteral("nd09 (default) or calendar"),
          QStringLiteral("RULE")},
         {QStringLiteral("format"), QStringLiteral("json or csv"), QStringLiteral("FORMAT")},
         {QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString format = args.value(QStringLiteral("format"));
    const QString out = args.value(QStringLiteral("out"));
    if (!IndicatorExport::formats().contains(format) || out.isEmpty() ||
        args.value(QStringLiteral("period")).isEmpty()) {
        printError(QStringLiteral("--period, --out and --format %1 are required")
                       .arg(IndicatorExport::formats().join(QLatin1Char('|'))));
        return ExitUsage;
    }
    const Result<Period> period =
        IndicatorService::resolvePeriod(args.value(QStringLiteral("period")),
                                        args.value(QStringLiteral("rule")), QDate::currentDate());
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
    SqliteStorage storage(data.databasePath());
    IndicatorService indicators(storage, definitions.value());
    const Result<QByteArray> rendered =
        IndicatorExport::render(indicators.report(period.value()), format, data.centreName());
    if (!rendered) {
        printError(rendered.error().message);
        return ExitUsage;
    }
    const Result<bool> written = DataDirectory::writeFile(out, rendered.value());
    if (!written) {
        printError(written.error().message);
        return ExitFailure;
    }
    storage.audit(QStringLiteral("export"), QStringLiteral("cli"),
                  period.value().name() + QLatin1Char(' ') + format);
    printLine(QStringLiteral("wrote %1").arg(out));
    return ExitOk;
}

} // namespace hailong
