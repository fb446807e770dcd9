#include "cli/KioskRevokeCommand.h"

#include "cli/CommandArguments.h"
#include "services/Administration.h"
#include "storage/SqliteStorage.h"

namespace hailong {

int KioskRevokeCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server kiosk revoke ID --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString id = args.positional(0);
    if (!isAcceptableName(id)) {
        printError(QStringLiteral("the kiosk ID is required"));
        return ExitUsage;
    }
    SqliteStorage storage(args.dataDirectory().databasePath());
    Administration administration(storage);
    const Result<bool> revoked = administration.revokeKiosk(id, {QStringLiteral("cli"), {}});
    if (!revoked) {
        printError(revoked.error().message);
        return ExitUsage;
    }
    printLine(QStringLiteral("kiosk %1 revoked: its token no longer works / đã thu hồi").arg(id));
    return ExitOk;
}

} // namespace hailong
