#include "cli/UnitRemoveCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int UnitRemoveCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server unit remove ID --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString id = args.positional(0);
    return withAdministration(args, [&](Administration &administration) {
        return answerOf(administration.removeUnit(id, Actor::commandLine()),
                        QStringLiteral("unit %1 removed / đã xóa đơn vị").arg(id));
    });
}

} // namespace hailong
