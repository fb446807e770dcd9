#include "cli/BackupCommand.h"

#include "cli/BackupArchive.h"
#include "cli/CommandArguments.h"
#include "cli/DatabaseSetting.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace hailong {

namespace {
// Copies the folder `name` of the data folder, with its subfolders, into `staging`, when it
// exists; returns whether it did.
Result<bool> copyFolder(const QDir &source, const QString &name, const QString &staging)
{
    const QString root = source.filePath(name);
    if (!QFileInfo(root).isDir())
        return false;
    QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
    QDir(staging).mkpath(name);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = source.relativeFilePath(path);
        const QString target = QDir(staging).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return ValidationError{QStringLiteral("io"),
                                   QStringLiteral("cannot copy %1").arg(path)};
    }
    return true;
}

// Copies the data folder's files (not the live database) into `staging`; returns their names.
Result<QStringList> copyFiles(const DataDirectory &data, const QString &staging)
{
    QStringList names;
    const QStringList files{
        QFileInfo(data.caCertificatePath()).fileName(),
        QFileInfo(data.caKeyPath()).fileName(),
        QFileInfo(data.serverCertificatePath()).fileName(),
        QFileInfo(data.serverKeyPath()).fileName(),
        QFileInfo(data.serverChainPath()).fileName(),
        QFileInfo(data.secretKeyPath()).fileName(),
        QFileInfo(data.linkKeyPath()).fileName(),
        QFileInfo(data.indicatorsPath()).fileName(),
        QFileInfo(data.centrePath()).fileName(),
    };
    const QDir source(data.path());
    for (const QString &name : files) {
        if (!source.exists(name))
            continue;
        // QFile::copy keeps the source's permissions, so keys stay 0600 inside the archive.
        if (!QFile::copy(source.filePath(name), QDir(staging).filePath(name)))
            return ValidationError{QStringLiteral("io"),
                                   QStringLiteral("cannot copy %1").arg(source.filePath(name))};
        names.append(name);
    }
    // The surveys, and the CAs of communes moved in (centre import), whose kiosks need them.
    for (const QString &folder : {QFileInfo(data.surveysPath()).fileName(),
                                  QFileInfo(data.importedCentresPath()).fileName()}) {
        const Result<bool> copied = copyFolder(source, folder, staging);
        if (!copied)
            return copied.error();
        if (copied.value())
            names.append(folder);
    }
    return names;
}
} // namespace

int BackupCommand::run(const QStringList &arguments)
{
    CommandArguments args(QStringLiteral("hailong-server backup --data DIR --out FILE"),
                          {{QStringLiteral("out"), QStringLiteral("The backup file to write."),
                            QStringLiteral("FILE")}},
                          0);
    if (!args.parse(arguments))
        return ExitUsage;
    const QString out = QFileInfo(args.value(QStringLiteral("out"))).absoluteFilePath();
    if (args.value(QStringLiteral("out")).isEmpty()) {
        printError(QStringLiteral("--out FILE is required"));
        return ExitUsage;
    }
    const DataDirectory data = args.dataDirectory();
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(data);
    if (!opened)
        return ExitFailure;
    Storage &storage = *opened;
    // Next to the output file, so the copy never fills a small /tmp and the final rename is
    // on one file system. Created 0700.
    QTemporaryDir staging(QFileInfo(out).absolutePath() + QStringLiteral("/.hailong-backup-"));
    if (!staging.isValid()) {
        printError(QStringLiteral("cannot write into %1: %2")
                       .arg(QFileInfo(out).absolutePath(), staging.errorString()));
        return ExitFailure;
    }
    const Result<bool> snapshot =
        storage.writeSnapshot(staging.filePath(QLatin1String(BackupArchive::databaseName)));
    // The copy holds token and dossier digests and comments: its owner's alone.
    if (!snapshot ||
        !QFile::setPermissions(staging.filePath(QLatin1String(BackupArchive::databaseName)),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        printError(snapshot ? QStringLiteral("cannot protect the database copy")
                            : snapshot.error().message);
        return ExitFailure;
    }
    storage.audit(QStringLiteral("backup"), QStringLiteral("cli"), out);
    const Result<QStringList> copied = copyFiles(data, staging.path());
    if (!copied) {
        printError(copied.error().message);
        return ExitFailure;
    }
    const QStringList files =
        QStringList{QLatin1String(BackupArchive::databaseName)} + copied.value();
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("hailong-backup")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    const Result<bool> manifestWritten =
        DataDirectory::writeFile(staging.filePath(QLatin1String(BackupArchive::manifestName)),
                                 QJsonDocument(manifest).toJson());
    if (!manifestWritten) {
        printError(manifestWritten.error().message);
        return ExitFailure;
    }
    const Result<bool> packed = BackupArchive::pack(
        staging.path(), QStringList{QLatin1String(BackupArchive::manifestName)} + files, out);
    if (!packed) {
        printError(packed.error().message);
        return ExitFailure;
    }
    printLine(QStringLiteral("Đã sao lưu / backed up %1 to %2").arg(data.path(), out));
    return ExitOk;
}

} // namespace hailong
