#include "cli/IntegrationAddCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int IntegrationAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server integration add NAME [--centre ID] --data DIR"),
        {{QStringLiteral("centre"),
          QStringLiteral("The centre whose dossiers it posts (default: the only one; required "
                         "when there are several)."),
          QStringLiteral("ID")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    return withAdministration(args, [&](Administration &administration) {
        const Result<RegisteredIntegration> added = administration.addIntegration(
            args.positional(0), Actor::commandLine(), args.value(QStringLiteral("centre")));
        if (!added)
            return printRefusal(added.error());
        printLine(QStringLiteral("integration: %1").arg(added.value().integration.name));
        printLine(QStringLiteral("Token chỉ hiện một lần / the token is shown only once:"));
        printLine(QStringLiteral("token: %1").arg(added.value().token));
        return int(ExitOk);
    });
}

} // namespace hailong
