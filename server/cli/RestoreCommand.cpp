#include "cli/RestoreCommand.h"

#include "cli/BackupArchive.h"
#include "cli/CommandArguments.h"
#include "storage/SqliteStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

namespace {
Result<bool> checkManifest(const QString &path)
{
    QFile file(path);
    const QJsonObject manifest = file.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(file.readAll()).object()
                                     : QJsonObject();
    if (manifest.value(QLatin1String("format")).toString() != QLatin1String("hailong-backup"))
        return ValidationError{QStringLiteral("not-a-backup"),
                               QStringLiteral("the archive's manifest is not a Hài Lòng one")};
    if (manifest.value(QLatin1String("version")).toInt() != 1)
        return ValidationError{QStringLiteral("not-a-backup"),
                               QStringLiteral("the backup is of a newer format; restore it with "
                                              "the version that made it")};
    return true;
}

// Leaves the folder as empty as it was found, so the restore can simply be run again.
void emptyFolder(const QString &path)
{
    QDir folder(path);
    for (const QString &name :
         folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString entry = folder.filePath(name);
        if (QFileInfo(entry).isDir())
            QDir(entry).removeRecursively();
        else
            QFile::remove(entry);
    }
}

Result<bool> restoreInto(const QString &archive, const DataDirectory &data)
{
    const Result<bool> unpacked = BackupArchive::unpack(archive, data.path());
    if (!unpacked)
        return unpacked;
    const QString manifestPath =
        QDir(data.path()).filePath(QLatin1String(BackupArchive::manifestName));
    const Result<bool> manifest = checkManifest(manifestPath);
    if (!manifest)
        return manifest;
    QFile::remove(manifestPath);
    try {
        // Opening checks the file is a database and brings its schema up to this version.
        SqliteStorage storage(data.databasePath());
        storage.audit(QStringLiteral("restore"), QStringLiteral("cli"), archive);
    } catch (const StorageError &error) {
        return ValidationError{QStringLiteral("not-a-backup"),
                               QString::fromStdString(error.what())};
    }
    return true;
}
} // namespace

int RestoreCommand::run(const QStringList &arguments)
{
    CommandArguments args(
        QStringLiteral("hailong-server restore --data NEWDIR --from FILE"),
        {{QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("FILE")}}, 0);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString archive = args.value(QStringLiteral("from"));
    if (archive.isEmpty() || !QFile::exists(archive)) {
        printError(QStringLiteral("--from FILE must name an existing backup"));
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    const QDir folder(data.path());
    if (folder.exists() &&
        !folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()) {
        printError(
            QStringLiteral("%1 is not empty; restore into a new or empty folder").arg(data.path()));
        return ExitUsage;
    }
    if (!folder.exists()) {
        // The folder holds the keys: a new one is its owner's alone.
        if (!QDir().mkpath(data.path()) ||
            !QFile::setPermissions(data.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner)) {
            printError(QStringLiteral("cannot create %1").arg(data.path()));
            return ExitFailure;
        }
    }
    // Whatever the umask, and whatever the archive says: the restored folder is the owner's.
    Result<bool> restored = data.keepPrivate();
    if (restored)
        restored = restoreInto(archive, data);
    if (restored)
        restored = data.keepPrivate();
    if (!restored) {
        emptyFolder(data.path());
        printError(restored.error().message);
        return restored.error().code == QLatin1String("not-a-backup") ? ExitUsage : ExitFailure;
    }
    printLine(QStringLiteral("Đã khôi phục / restored %1 into %2").arg(archive, data.path()));
    return ExitOk;
}

} // namespace hailong
