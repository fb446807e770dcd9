#include "cli/UserEnableCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int UserEnableCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server user enable NAME --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString name = args.positional(0);
    return withAdministration(args, [&](Administration &administration) {
        return answerOf(administration.enableUser(name, Actor::commandLine()),
                        QStringLiteral("user %1 enabled / đã mở khóa").arg(name));
    });
}

} // namespace hailong
