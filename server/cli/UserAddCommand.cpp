#include "cli/UserAddCommand.h"

#include "cli/AdministrationCommand.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UserAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server user add NAME --role viewer|manager|admin "
                       "[--centre ID | --province] --data DIR (password on stdin)"),
        {{QStringLiteral("role"), QStringLiteral("viewer, manager or admin"),
          QStringLiteral("ROLE")},
         {QStringLiteral("centre"),
          QStringLiteral("The one centre whose figures the user sees (default: the only one; "
                         "required, or --province, when there are several)."),
          QStringLiteral("ID")},
         {QStringLiteral("province"), QStringLiteral("The user sees every centre.")}},
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
        args.positional(0), args.value(QStringLiteral("role")), password, Actor::commandLine(),
        {args.value(QStringLiteral("centre")), args.isSet(QStringLiteral("province"))});
    if (!added)
        return printRefusal(
            added.error(),
            {{QStringLiteral("invalid-role"),
              QStringLiteral("--role must be viewer, manager or admin")},
             {QStringLiteral("invalid-scope"),
              QStringLiteral("give --centre ID or --province, not both")},
             {QStringLiteral("centre-required"),
              QStringLiteral("there are several centres: say which with --centre ID, or "
                             "--province for a province-wide user")}});
    const UserRecord &user = added.value();
    printLine(QStringLiteral("user: %1 role: %2 centre: %3")
                  .arg(user.name, staffRoleCode(user.role),
                       user.centreId.isEmpty() ? QStringLiteral("(province)") : user.centreId));
    return ExitOk;
}

} // namespace hailong
