#include "cli/CentreAddCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int CentreAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server centre add ID --name NAME --data DIR"),
        {{QStringLiteral("name"), QStringLiteral("The centre's (commune's) name."),
          QStringLiteral("NAME")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    return withAdministration(args, [&](Administration &administration) {
        const Result<CentreRecord> centre = administration.addCentre(
            args.positional(0), args.value(QStringLiteral("name")), Actor::commandLine());
        if (!centre)
            return printRefusal(
                centre.error(),
                {{QStringLiteral("invalid-name"),
                  QStringLiteral("the centre needs a --name (1–100 characters)")}});
        printLine(QStringLiteral("centre: %1 %2").arg(centre.value().id, centre.value().name));
        return int(ExitOk);
    });
}

} // namespace hailong
