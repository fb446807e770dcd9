#include "cli/SurveyAddCommand.h"

#include "cli/CentreSurveys.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Actor.h"
#include "services/SurveyFile.h"
#include "survey/BuiltInSurveys.h"

#include <QFile>

namespace hailong {

int SurveyAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server survey add FILE --data DIR"), {}, 1);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString path = args.positional(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return ExitUsage;
    }
    const QByteArray text = file.readAll();
    const Result<SurveyDefinition> survey = SurveyFile::parse(text);
    if (!survey) {
        printError(QStringLiteral("%1: %2").arg(path, survey.error().message));
        return ExitUsage;
    }
    const QString &id = survey.value().id;
    if (BuiltInSurveys::isBuiltIn(id)) {
        printError(QStringLiteral("%1: $.id: \"%2\" is a built-in survey; give yours another id")
                       .arg(path, id));
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    const bool replaces = CentreSurveys::load(data).catalog().find(id) != nullptr;
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(data);
    if (!opened)
        return ExitFailure;
    const Result<bool> stored = SurveyFile::store(survey.value(), text, data.surveysPath());
    if (!stored) {
        printError(stored.error().message);
        return ExitFailure;
    }
    const Actor actor = Actor::commandLine();
    opened->audit(QStringLiteral("survey-add"), actor.user, id, actor.address);
    printLine(QStringLiteral("survey: %1 (%2) %3")
                  .arg(id, replaces ? QStringLiteral("replaced") : QStringLiteral("added"),
                       survey.value().title.vi));
    printLine(QStringLiteral("Khởi động lại máy chủ để áp dụng / restart serve to offer it"));
    return ExitOk;
}

} // namespace hailong
