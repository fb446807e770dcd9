#include "cli/UserPasswordCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int UserPasswordCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server user password NAME --data DIR (password on stdin)"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString password = passwordFromStdin();
    if (password.isEmpty())
        return ExitUsage;
    const QString name = args.positional(0);
    return withAdministration(args, [&](Administration &administration) {
        return answerOf(administration.resetPassword(name, password, Actor::commandLine()),
                        QStringLiteral("user %1: password set / đã đặt mật khẩu mới").arg(name));
    });
}

} // namespace hailong
