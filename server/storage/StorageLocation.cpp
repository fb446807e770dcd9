#include "storage/StorageLocation.h"

#include "storage/SqliteStorage.h"

namespace hailong {

Result<std::shared_ptr<Storage>> StorageLocation::open(const QString &url)
{
    QString path = url;
    if (url.startsWith(QLatin1String("postgresql://")) ||
        url.startsWith(QLatin1String("postgres://")))
        return ValidationError{QStringLiteral("unsupported-db"),
                               QStringLiteral("PostgreSQL storage is not supported yet; use "
                                              "sqlite:///path or a file path")};
    if (url.startsWith(QLatin1String("sqlite://")))
        path = url.mid(int(qstrlen("sqlite://")));
    else if (url.contains(QLatin1String("://")))
        return ValidationError{QStringLiteral("unsupported-db"),
                               QStringLiteral("unknown database URL \"%1\"; use sqlite:///path "
                                              "or a file path")
                                   .arg(url)};
    try {
        return std::shared_ptr<Storage>(std::make_shared<SqliteStorage>(path));
    } catch (const StorageError &error) {
        return ValidationError{QStringLiteral("storage"), QString::fromStdString(error.what())};
    }
}

} // namespace hailong
