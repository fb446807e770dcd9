#include "cli/UnitRenameCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int UnitRenameCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server unit rename ID --name NAME --data DIR"),
        {{QStringLiteral("name"), QStringLiteral("the unit's new name"), QStringLiteral("NAME")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    return withAdministration(args, [&](Administration &administration) {
        const Result<UnitRecord> unit = administration.renameUnit(
            args.positional(0), args.value(QStringLiteral("name")), Actor::commandLine());
        return answerOf(
            unit, unit ? QStringLiteral("unit: %1 name: %2").arg(unit.value().id, unit.value().name)
                       : QString());
    });
}

} // namespace hailong
