#include "cli/DossierImportCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "services/Administration.h"
#include "services/DossierIntake.h"

#include <QFile>

namespace hailong {

int DossierImportCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server dossiers import FILE [--centre ID] --data DIR"),
        {{QStringLiteral("centre"),
          QStringLiteral("The centre the dossiers are filed in (default: the only one; required "
                         "when there are several)."),
          QStringLiteral("ID")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    QFile file(args.positional(0));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return ExitUsage;
    }
    const QByteArray content = file.readAll();
    const DataDirectory data = args.dataDirectory();
    const Result<QByteArray> secret = data.readSecretKey();
    if (!secret) {
        printError(secret.error().message);
        return ExitFailure;
    }
    const Result<RatingLinks> links = RatingLinks::forCentre(data, secret.value(), 0);
    if (!links) {
        printError(links.error().message);
        return ExitFailure;
    }
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(data);
    if (!opened)
        return ExitFailure;
    const Result<QString> centre =
        Administration(*opened).centreFor(args.value(QStringLiteral("centre")));
    if (!centre)
        return printRefusal(centre.error(), {});
    DossierIntake intake(*opened, secret.value(), links.value());
    const Result<DossierImportSummary> imported =
        intake.importCsv(content, Actor::commandLine(), centre.value());
    if (!imported) {
        printError(imported.error().message);
        return ExitUsage;
    }
    printLine(QStringLiteral("imported: %1, updated: %2")
                  .arg(imported.value().imported)
                  .arg(imported.value().updated));
    return ExitOk;
}

} // namespace hailong
