#include "cli/UnitAddCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UnitAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral(
            "hailong-server unit add ID --kind admin|health|education --name NAME --data DIR"),
        {{QStringLiteral("kind"), QStringLiteral("admin, health or education"),
          QStringLiteral("KIND")},
         {QStringLiteral("name"), QStringLiteral("The unit's name."), QStringLiteral("NAME")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const Result<UnitRecord> added =
        administration.addUnit(args.positional(0), args.value(QStringLiteral("kind")),
                               args.value(QStringLiteral("name")), Actor::commandLine());
    if (!added)
        return printRefusal(added.error(),
                            {{QStringLiteral("invalid-kind"),
                              QStringLiteral("--kind must be admin, health or education")},
                             {QStringLiteral("invalid-name"),
                              QStringLiteral("the unit needs a --name (1–100 characters)")}});
    const UnitRecord &unit = added.value();
    printLine(QStringLiteral("unit: %1 (%2) %3").arg(unit.id, unitKindCode(unit.kind), unit.name));
    return ExitOk;
}

} // namespace hailong
