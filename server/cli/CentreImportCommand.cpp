#include "cli/CentreImportCommand.h"

#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"
#include "period/CentreDay.h"
#include "services/Actor.h"
#include "services/EntityId.h"
#include "services/ImportedFigures.h"
#include "storage/StorageLocation.h"
#include "tls/ImportedCentreTrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace hailong {

namespace {
// The commune's database as this program's schema has it: a copy of its file (and of its
// write-ahead log, which may hold the last commits) in `scratch`, migrated there. The
// original is never opened.
Result<QString> migratedCopy(const DataDirectory &commune, const QTemporaryDir &scratch)
{
    const QString copy = QDir(scratch.path()).filePath(QStringLiteral("hailong.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QString original = commune.databasePath() + suffix;
        if (suffix.isEmpty() || QFileInfo::exists(original))
            if (!QFile::copy(original, copy + suffix))
                return ValidationError{QStringLiteral("io"),
                                       QStringLiteral("cannot copy %1").arg(original)};
    }
    return copy;
}

// Survey files of the commune the province does not have yet; a file of the same name with
// other content is left out and returned.
QStringList copySurveys(const DataDirectory &commune, const DataDirectory &province)
{
    QStringList leftOut;
    const QDir from(commune.surveysPath());
    const QDir to(province.surveysPath());
    for (const QString &name :
         from.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile source(from.filePath(name));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = source.readAll();
        QFile existing(to.filePath(name));
        if (existing.exists()) {
            if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != content)
                leftOut.append(name);
            continue;
        }
        if (!QDir().mkpath(to.path()) || !DataDirectory::writeFile(to.filePath(name), content))
            leftOut.append(name);
    }
    return leftOut;
}
} // namespace

int CentreImportCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server centre import --from OLD_DIR --centre ID --data DIR"),
        {{QStringLiteral("from"),
          QStringLiteral("The commune's own data folder (only read, never changed)."),
          QStringLiteral("OLD_DIR")},
         {QStringLiteral("centre"), QStringLiteral("The centre the commune becomes."),
          QStringLiteral("ID")}},
        0);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString centre = args.value(QStringLiteral("centre"));
    if (const std::optional<ValidationError> invalid =
            EntityId::checkUnitOrKiosk(centre, QStringLiteral("centre")))
        return printRefusal(*invalid);
    const DataDirectory province = args.dataDirectory();
    const DataDirectory commune(args.value(QStringLiteral("from")));
    if (commune.path().isEmpty() || QFileInfo(commune.path()).canonicalFilePath() ==
                                        QFileInfo(province.path()).canonicalFilePath()) {
        printError(QStringLiteral("--from must name the commune's own data folder"));
        return ExitUsage;
    }
    if (QFileInfo::exists(DatabaseSetting::filePath(commune)) ||
        !QFileInfo::exists(commune.databasePath())) {
        printError(QStringLiteral("%1 has no SQLite database (hailong.db): only a standalone "
                                  "commune's folder can be imported")
                       .arg(commune.path()));
        return ExitUsage;
    }

    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        printError(QStringLiteral("cannot make a temporary folder: ") + scratch.errorString());
        return ExitFailure;
    }
    const Result<QString> copy = migratedCopy(commune, scratch);
    if (!copy) {
        printError(copy.error().message);
        return ExitFailure;
    }
    const Result<std::shared_ptr<Storage>> old = StorageLocation::open(copy.value());
    if (!old) {
        printError(QStringLiteral("the commune's database: ") + old.error().message);
        return ExitFailure;
    }
    if (old.value()->centres().size() > 1) {
        printError(QStringLiteral("%1 holds several centres: it is a province, not a commune")
                       .arg(commune.path()));
        return ExitUsage;
    }
    const std::shared_ptr<Storage> storage = DatabaseSetting::openForCommand(province);
    if (!storage)
        return ExitFailure;
    const Result<QList<IndicatorDefinition>> indicators = province.readIndicators();
    if (!indicators) {
        printError(indicators.error().message);
        return ExitFailure;
    }

    const Result<CentreImportOutcome> outcome =
        storage->importCentre({copy.value(), centre, commune.centreName()});
    if (!outcome) {
        printError(outcome.error().message);
        return outcome.error().code == QLatin1String("id-conflict") ? ExitUsage : ExitFailure;
    }
    const Result<bool> trusted = ImportedCentreTrust::bringIn(province, commune, centre);
    if (!trusted) {
        printError(QStringLiteral("the data is in, but the kiosks' TLS is not: %1; run the "
                                  "command again once it is fixed")
                       .arg(trusted.error().message));
        return ExitFailure;
    }
    const QStringList surveysLeftOut = copySurveys(commune, province);

    qint64 added = 0;
    printLine(QStringLiteral("centre: %1 %2 (%3)")
                  .arg(centre, storage->centre(centre).value_or(CentreRecord{}).name,
                       outcome.value().centreCreated ? QStringLiteral("new")
                                                     : QStringLiteral("there already")));
    for (const CentreImportOutcome::Rows &rows : outcome.value().rows) {
        printLine(QStringLiteral("%1: %2 in the commune, %3 new")
                      .arg(rows.kind)
                      .arg(rows.inCommune)
                      .arg(rows.added));
        added += rows.added;
    }
    if (added > 0 || outcome.value().centreCreated || trusted.value())
        storage->audit(QStringLiteral("centre-import"), Actor::commandLine().user, centre, {},
                       centre);
    const auto listed = [](const QString &what, const QStringList &names) {
        if (!names.isEmpty())
            printLine(QStringLiteral("%1 left out (the province has these names): %2")
                          .arg(what, names.join(QLatin1String(", "))));
    };
    listed(QStringLiteral("users"), outcome.value().usersLeftOut);
    listed(QStringLiteral("integrations"), outcome.value().integrationsLeftOut);
    listed(QStringLiteral("surveys"), surveysLeftOut);
    QStringList settings = commune.centreJson().keys();
    settings.removeAll(QStringLiteral("name"));
    if (!settings.isEmpty())
        printLine(QStringLiteral("centre.json settings not brought in (the province's hold for "
                                 "every centre): %1")
                      .arg(settings.join(QLatin1String(", "))));
    QFile communeIndicators(commune.indicatorsPath());
    QFile provinceIndicators(province.indicatorsPath());
    if (communeIndicators.open(QIODevice::ReadOnly) &&
        (!provinceIndicators.open(QIODevice::ReadOnly) ||
         communeIndicators.readAll() != provinceIndicators.readAll()))
        printLine(QStringLiteral("indicators.json differs from the province's, whose targets "
                                 "apply to every centre (the figures below use them)"));
    if (QFileInfo::exists(province.importedCaPath(centre)))
        printLine(QStringLiteral("kiosks: the commune's CA is kept in %1 and %2 is sent after "
                                 "the server certificate; restart serve, then point the kiosks "
                                 "to this server (same token, certificate and ca.pem)")
                      .arg(province.importedCaPath(centre), province.serverChainPath()));

    const auto day = [](const std::optional<QDateTime> &instant) {
        return instant ? CentreDay::date(CentreDay::of(*instant)) : QDate();
    };
    const QList<FigureComparison> figures =
        ImportedFigures::compare(*old.value(), QString(), *storage, centre, indicators.value(),
                                 day(outcome.value().firstRating), day(outcome.value().lastRating));
    bool equal = true;
    for (const FigureComparison &figure : figures) {
        printLine(QStringLiteral("figures ") + figure.line());
        equal = equal && figure.same();
    }
    if (!equal) {
        printError(QStringLiteral("figures differ between the commune's database and the "
                                  "province's centre %1 (the province holds other ratings of "
                                  "it?)")
                       .arg(centre));
        return ExitFailure;
    }
    printLine(QStringLiteral("figures: equal (%1 compared)").arg(figures.size()));
    return ExitOk;
}

} // namespace hailong
