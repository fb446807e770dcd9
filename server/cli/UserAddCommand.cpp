#include "cli/UserAddCommand.h"

#include "cli/AdministrationCommand.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UserAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server user add NAME --role viewer|manager|admin --data DIR "
                       "(password on stdin)"),
        {{QStringLiteral("role"), QStringLiteral("viewer, manager or admin"),
          QStringLiteral("ROLE")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString password = passwordFromStdin();
    if (password.isEmpty())
        return ExitUsage;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    // The dashboard's rules (plain name, known role, strong password) and its audit entry.
    Administration administration(*opened);
    const Result<UserRecord> added = administration.addUser(
        args.positional(0), args.value(QStringLiteral("role")), password, Actor::commandLine());
    if (!added)
        return printRefusal(added.error(),
                            {{QStringLiteral("invalid-role"),
                              QStringLiteral("--role must be viewer, manager or admin")}});
    printLine(QStringLiteral("user: %1 role: %2")
                  .arg(added.value().name, staffRoleCode(added.value().role)));
    return ExitOk;
}

} // namespace hailong
