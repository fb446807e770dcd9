#include "cli/AdministrationCommand.h"

#include "cli/DatabaseSetting.h"

#include <QTextStream>

namespace hailong {

int withAdministration(const CommandArguments &args,
                       const std::function<int(Administration &)> &act)
{
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    return act(administration);
}

QString passwordFromStdin()
{
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isEmpty())
        printError(QStringLiteral("no password on stdin"));
    return password;
}

} // namespace hailong
