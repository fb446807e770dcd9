#include "cli/UnitAddCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/EntityId.h"

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
    const std::optional<UnitKind> kind = unitKindFromCode(args.value(QStringLiteral("kind")));
    if (!kind) {
        printError(QStringLiteral("--kind must be admin, health or education"));
        return ExitUsage;
    }
    const UnitRecord unit{args.positional(0), *kind, args.value(QStringLiteral("name"))};
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(unit.id, QStringLiteral("unit"))) {
        printError(invalid->message);
        return ExitUsage;
    }
    if (!isAcceptableName(unit.name)) {
        printError(QStringLiteral("the unit needs a --name (1–100 characters)"));
        return ExitUsage;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Storage &storage = *opened;
    const Result<bool> added = storage.addUnit(unit);
    if (!added) {
        printError(added.error().message);
        return ExitUsage;
    }
    storage.audit(QStringLiteral("unit-add"), QStringLiteral("cli"), unit.id);
    printLine(QStringLiteral("unit: %1 (%2) %3").arg(unit.id, unitKindCode(unit.kind), unit.name));
    return ExitOk;
}

} // namespace hailong
