#include "cli/UserPasswordCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

#include <QTextStream>

namespace hailong {

int UserPasswordCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server user password NAME --data DIR (password on stdin)"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isEmpty()) {
        printError(QStringLiteral("no password on stdin"));
        return ExitUsage;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const QString name = args.positional(0);
    const Result<bool> reset = administration.resetPassword(name, password, Actor::commandLine());
    if (!reset)
        return printRefusal(reset.error());
    printLine(QStringLiteral("user %1: password set / đã đặt mật khẩu mới").arg(name));
    return ExitOk;
}

} // namespace hailong
