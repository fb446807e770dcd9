#include "cli/UnitRemoveCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UnitRemoveCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server unit remove ID --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const QString id = args.positional(0);
    const Result<bool> removed = administration.removeUnit(id, Actor::commandLine());
    if (!removed)
        return printRefusal(removed.error());
    printLine(QStringLiteral("unit %1 removed / đã xóa đơn vị").arg(id));
    return ExitOk;
}

} // namespace hailong
