#include "cli/DatabaseSetting.h"

#include "cli/CommandArguments.h"
#include "storage/StorageLocation.h"

#include <QDir>
#include <QFile>

namespace hailong {

QString DatabaseSetting::filePath(const DataDirectory &data)
{
    return QDir(data.path()).filePath(QStringLiteral("database.url"));
}

QString DatabaseSetting::url(const DataDirectory &data)
{
    QFile file(filePath(data));
    if (!file.open(QIODevice::ReadOnly))
        return data.databasePath();
    const QString saved = QString::fromUtf8(file.readAll()).trimmed();
    return saved.isEmpty() ? data.databasePath() : saved;
}

Result<bool> DatabaseSetting::save(const DataDirectory &data, const QString &url)
{
    return DataDirectory::writePrivateFile(filePath(data), url.toUtf8() + '\n');
}

Result<std::shared_ptr<Storage>> DatabaseSetting::open(const DataDirectory &data)
{
    Result<std::shared_ptr<Storage>> opened = StorageLocation::open(url(data));
    if (opened)
        opened.value()->nameUnnamedCentres(data.centreName());
    return opened;
}

std::shared_ptr<Storage> DatabaseSetting::openForCommand(const DataDirectory &data)
{
    Result<std::shared_ptr<Storage>> opened = open(data);
    if (!opened) {
        printError(opened.error().message);
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace hailong
