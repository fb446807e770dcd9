#include "cli/StaffAddCommand.h"

#include "cli/AdministrationCommand.h"

namespace hailong {

int StaffAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral(
            "hailong-server staff add CODE --name NAME --unit UNIT [--counter C] --data DIR"),
        {{QStringLiteral("name"), QStringLiteral("The person's full name."),
          QStringLiteral("NAME")},
         {QStringLiteral("unit"), QStringLiteral("The unit whose ratings may name the code."),
          QStringLiteral("UNIT")},
         {QStringLiteral("counter"), QStringLiteral("The counter they usually sit at."),
          QStringLiteral("C")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    return withAdministration(args, [&](Administration &administration) {
        const Result<StaffRecord> added = administration.addStaffMember(
            {args.positional(0), args.value(QStringLiteral("name")),
             args.value(QStringLiteral("unit")), args.value(QStringLiteral("counter"))},
            Actor::commandLine());
        if (!added)
            return printRefusal(
                added.error(),
                {{QStringLiteral("invalid-name"),
                  QStringLiteral("--name (and --counter, when given) must be 1–100 characters")},
                 {QStringLiteral("unknown-unit"),
                  QStringLiteral("no unit \"%1\" (add it first with 'unit add')")
                      .arg(args.value(QStringLiteral("unit")))}});
        const StaffRecord &member = added.value();
        printLine(QStringLiteral("staff: %1 (%2) %3").arg(member.code, member.unitId, member.name));
        return int(ExitOk);
    });
}

} // namespace hailong
