#include "cli/KioskRevokeCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int KioskRevokeCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server kiosk revoke ID --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString id = args.positional(0);
    if (!Administration::isAcceptableName(id)) {
        printError(QStringLiteral("the kiosk ID is required"));
        return ExitUsage;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const Result<bool> revoked = administration.revokeKiosk(id, Actor::commandLine());
    if (!revoked)
        return printRefusal(revoked.error());
    // One flag for both: the token check and the mutual-TLS certificate check read it on every
    // request, so a running server refuses the kiosk from its next request on.
    printLine(QStringLiteral("kiosk %1 revoked: its token and client certificate no longer work "
                             "/ đã thu hồi")
                  .arg(id));
    return ExitOk;
}

} // namespace hailong
