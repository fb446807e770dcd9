#include "cli/UserAddCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "crypto/PasswordHash.h"
#include "services/EntityId.h"
#include "services/StaffLogin.h"

#include <QTextStream>

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
    const std::optional<StaffRole> role = staffRoleFromCode(args.value(QStringLiteral("role")));
    if (!role) {
        printError(QStringLiteral("--role must be viewer, manager or admin"));
        return ExitUsage;
    }
    const QString name = args.positional(0);
    if (const std::optional<ValidationError> invalid = EntityId::checkUserName(name)) {
        printError(invalid->message);
        return ExitUsage;
    }
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isEmpty()) {
        printError(QStringLiteral("no password on stdin"));
        return ExitUsage;
    }
    // The same rule as the dashboard's.
    if (const std::optional<ValidationError> weak = StaffLogin::checkNewPassword(password)) {
        printError(weak->message);
        return ExitUsage;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Storage &storage = *opened;
    const Result<bool> added =
        storage.addUser(UserRecord::create(name, *role, PasswordHash::hash(password)));
    if (!added) {
        printError(added.error().message);
        return ExitUsage;
    }
    storage.audit(QStringLiteral("user-add"), QStringLiteral("cli"), name);
    printLine(QStringLiteral("user: %1 role: %2").arg(name, staffRoleCode(*role)));
    return ExitOk;
}

} // namespace hailong
