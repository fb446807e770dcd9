#include "cli/UnitRenameCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UnitRenameCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server unit rename ID --name NAME --data DIR"),
        {{QStringLiteral("name"), QStringLiteral("the unit's new name"), QStringLiteral("NAME")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const Result<UnitRecord> unit = administration.renameUnit(
        args.positional(0), args.value(QStringLiteral("name")), Actor::commandLine());
    if (!unit)
        return printRefusal(unit.error());
    printLine(QStringLiteral("unit: %1 name: %2").arg(unit.value().id, unit.value().name));
    return ExitOk;
}

} // namespace hailong
