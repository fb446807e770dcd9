#include "cli/UserEnableCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UserEnableCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server user enable NAME --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const QString name = args.positional(0);
    const Result<bool> enabled = administration.enableUser(name, Actor::commandLine());
    if (!enabled)
        return printRefusal(enabled.error());
    printLine(QStringLiteral("user %1 enabled / đã mở khóa").arg(name));
    return ExitOk;
}

} // namespace hailong
