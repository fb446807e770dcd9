#include "cli/KioskAddCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "crypto/SecretDigest.h"
#include "services/EnrolmentCommand.h"

namespace hailong {

int KioskAddCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server kiosk add ID --unit UNIT [--counter C] --data DIR "
                       "[--server-url URL]"),
        {{QStringLiteral("unit"), QStringLiteral("The unit the kiosk belongs to."),
          QStringLiteral("UNIT")},
         {QStringLiteral("counter"), QStringLiteral("The counter it stands at."),
          QStringLiteral("C")},
         {QStringLiteral("server-url"),
          QStringLiteral("The address kiosks reach the server at (default: centre.json "
                         "\"public_url\", else https://<host name>:8443)."),
          QStringLiteral("URL")}},
        1);
    if (!args.parse(arguments))
        return ExitUsage;
    KioskRecord kiosk;
    kiosk.id = args.positional(0);
    kiosk.unitId = args.value(QStringLiteral("unit"));
    kiosk.counter = args.value(QStringLiteral("counter"));
    if (!isAcceptableName(kiosk.id) || !isAcceptableName(kiosk.unitId) ||
        (!kiosk.counter.isEmpty() && !isAcceptableName(kiosk.counter))) {
        printError(QStringLiteral("the kiosk needs an ID and a --unit (1–100 characters)"));
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    QString serverUrl = args.value(QStringLiteral("server-url")).trimmed();
    while (serverUrl.endsWith(QLatin1Char('/')))
        serverUrl.chop(1);
    if (serverUrl.isEmpty())
        serverUrl = EnrolmentCommand::defaultServerUrl(data);
    if (!serverUrl.startsWith(QLatin1String("https://"))) {
        printError(QStringLiteral("--server-url must start with https://"));
        return ExitUsage;
    }
    // Before the kiosk is stored: a centre without its CA cannot enrol anything.
    const Result<EnrolmentCommand> enrolment = EnrolmentCommand::forCentre(data, serverUrl);
    if (!enrolment) {
        printError(enrolment.error().message);
        return ExitFailure;
    }
    const QString token = RandomToken::generate(32);
    const Result<std::shared_ptr<Storage>> opened = DatabaseSetting::open(data);
    if (!opened) {
        printError(opened.error().message);
        return ExitFailure;
    }
    Storage &storage = *opened.value();
    const Result<bool> added = storage.addKiosk(kiosk, SecretDigest::tokenDigest(token));
    if (!added) {
        printError(added.error().message);
        return ExitUsage;
    }
    storage.audit(QStringLiteral("kiosk-add"), QStringLiteral("cli"), kiosk.id);
    printLine(QStringLiteral("kiosk: %1 unit: %2 counter: %3")
                  .arg(kiosk.id, kiosk.unitId, kiosk.counter));
    printLine(QStringLiteral("Token chỉ hiện một lần / the token is shown only once:"));
    printLine(QStringLiteral("token: %1").arg(token));
    printLine(QStringLiteral("Chạy trên máy kiosk / run on the kiosk:"));
    printLine(QStringLiteral("enrol: ") + enrolment.value().forToken(token));
    return ExitOk;
}

} // namespace hailong
