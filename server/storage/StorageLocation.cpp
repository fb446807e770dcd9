#include "storage/StorageLocation.h"

#include "storage/PostgresStorage.h"
#include "storage/SqliteStorage.h"

namespace hailong {

Result<std::shared_ptr<Storage>> StorageLocation::open(const QString &url)
{
    QString path = url;
    const bool postgres = PostgresAddress::isPostgresUrl(url);
    if (url.startsWith(QLatin1String("sqlite://")))
        path = url.mid(int(qstrlen("sqlite://")));
    else if (!postgres && url.contains(QLatin1String("://")))
        return ValidationError{QStringLiteral("unsupported-db"),
                               QStringLiteral("unknown database URL \"%1\"; use sqlite:///path, "
                                              "a file path or postgresql://…")
                                   .arg(url)};
    try {
        if (postgres) {
            const Result<PostgresAddress> address = PostgresAddress::parse(url);
            if (!address)
                return ValidationError{QStringLiteral("unsupported-db"), address.error().message};
            return std::shared_ptr<Storage>(std::make_shared<PostgresStorage>(address.value()));
        }
        return std::shared_ptr<Storage>(std::make_shared<SqliteStorage>(path));
    } catch (const StorageError &error) {
        return ValidationError{QStringLiteral("storage"), QString::fromStdString(error.what())};
    }
}

} // namespace hailong
