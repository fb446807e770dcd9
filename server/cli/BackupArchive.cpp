#include "cli/BackupArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>

namespace hailong {

namespace {
// Runs tar to the end; an archive of a large database takes a while, so there is no timeout.
Result<QByteArray> runTar(const QStringList &arguments)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), arguments);
    if (!tar.waitForStarted())
        return ValidationError{QStringLiteral("tar"),
                               QStringLiteral("cannot run tar: %1").arg(tar.errorString())};
    tar.closeWriteChannel();
    tar.waitForFinished(-1);
    const QByteArray output = tar.readAllStandardOutput();
    if (tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return ValidationError{
            QStringLiteral("tar"),
            QStringLiteral("tar failed: %1")
                .arg(QString::fromLocal8Bit(tar.readAllStandardError()).trimmed())};
    return output;
}

bool isInside(const QString &member)
{
    return !member.startsWith(QLatin1Char('/')) &&
           !member.split(QLatin1Char('/')).contains(QLatin1String(".."));
}
} // namespace

Result<bool> BackupArchive::pack(const QString &folder, const QStringList &entries,
                                 const QString &archivePath)
{
    const QString partial = archivePath + QStringLiteral(".partial");
    {
        // Created 0600 before tar writes into it: the keys are never readable by others.
        QFile created(partial);
        if (!created.open(QIODevice::WriteOnly | QIODevice::Truncate,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return ValidationError{
                QStringLiteral("io"),
                QStringLiteral("cannot write %1: %2").arg(partial, created.errorString())};
    }
    const Result<QByteArray> packed =
        runTar(QStringList{QStringLiteral("--create"), QStringLiteral("--format=posix"),
                           QStringLiteral("--file"), partial, QStringLiteral("--directory"), folder,
                           QStringLiteral("--")} +
               entries);
    if (!packed) {
        QFile::remove(partial);
        return packed.error();
    }
    // rename(2) replaces an older backup of the same name in one step.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(archivePath).constData()) != 0) {
        QFile::remove(partial);
        return ValidationError{QStringLiteral("io"),
                               QStringLiteral("cannot write %1").arg(archivePath)};
    }
    return true;
}

Result<QStringList> BackupArchive::members(const QString &archivePath)
{
    const Result<QByteArray> listed =
        runTar({QStringLiteral("--list"), QStringLiteral("--file"), archivePath});
    if (!listed)
        return listed.error();
    QStringList names;
    for (const QByteArray &line : listed.value().split('\n')) {
        if (!line.isEmpty())
            names.append(QFile::decodeName(line));
    }
    return names;
}

Result<bool> BackupArchive::unpack(const QString &archivePath, const QString &folder)
{
    const Result<QStringList> names = members(archivePath);
    if (!names)
        return names.error();
    for (const QString &name : names.value()) {
        if (!isInside(name))
            return ValidationError{
                QStringLiteral("not-a-backup"),
                QStringLiteral("%1 holds %2, outside the data folder").arg(archivePath, name)};
    }
    if (!names.value().contains(QLatin1String(manifestName)) ||
        !names.value().contains(QLatin1String(databaseName)))
        return ValidationError{
            QStringLiteral("not-a-backup"),
            QStringLiteral("%1 is not a Hài Lòng backup (no %2 or %3)")
                .arg(archivePath, QLatin1String(manifestName), QLatin1String(databaseName))};
    const Result<QByteArray> unpacked =
        runTar({QStringLiteral("--extract"), QStringLiteral("--preserve-permissions"),
                QStringLiteral("--no-same-owner"), QStringLiteral("--file"), archivePath,
                QStringLiteral("--directory"), folder});
    if (!unpacked)
        return unpacked.error();
    return true;
}

} // namespace hailong
