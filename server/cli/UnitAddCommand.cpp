#include "cli/UnitAddCommand.h"

#include "cli/CentreSurveys.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"

namespace hailong {

int UnitAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server unit add ID --kind admin|health|education --name NAME "
                       "[--survey ID] [--centre ID] --data DIR"),
        {{QStringLiteral("kind"), QStringLiteral("admin, health or education"),
          QStringLiteral("KIND")},
         {QStringLiteral("name"), QStringLiteral("The unit's name."), QStringLiteral("NAME")},
         {QStringLiteral("survey"),
          QStringLiteral("The survey its kiosks show (default: default, y-te or giao-duc by "
                         "kind)."),
          QStringLiteral("ID")},
         {QStringLiteral("centre"),
          QStringLiteral("The centre the unit belongs to (default: the only one; required when "
                         "there are several)."),
          QStringLiteral("ID")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString survey = args.value(QStringLiteral("survey"));
    const SurveyProvider surveys = CentreSurveys::load(args.dataDirectory());
    if (const std::optional<ValidationError> unknown = surveys.checkChoice(survey))
        return printRefusal(*unknown, {});
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    const Result<UnitRecord> added = administration.addUnit(
        args.positional(0), args.value(QStringLiteral("kind")), args.value(QStringLiteral("name")),
        Actor::commandLine(), survey, args.value(QStringLiteral("centre")));
    if (!added)
        return printRefusal(added.error(),
                            {{QStringLiteral("invalid-kind"),
                              QStringLiteral("--kind must be admin, health or education")},
                             {QStringLiteral("invalid-name"),
                              QStringLiteral("the unit needs a --name (1–100 characters)")},
                             {QStringLiteral("centre-required"),
                              QStringLiteral("there are several centres: say which with "
                                             "--centre ID")}});
    const UnitRecord &unit = added.value();
    printLine(QStringLiteral("unit: %1 (%2) %3").arg(unit.id, unitKindCode(unit.kind), unit.name));
    printLine(QStringLiteral("survey: %1").arg(surveys.surveyIdFor(unit)));
    printLine(QStringLiteral("centre: %1").arg(unit.centreId));
    return ExitOk;
}

} // namespace hailong
