#pragma once

#include "Result.h"
#include "storage/Storage.h"

#include <memory>

namespace hailong {

// Opens the storage that a --db URL names: "sqlite:///path", a plain path, or
// "postgresql://…" (see PostgresAddress). Errors: "unsupported-db" (an unknown or malformed
// URL; the message says what is supported), "storage" (could not open).
class StorageLocation
{
public:
    static Result<std::shared_ptr<Storage>> open(const QString &url);
};

} // namespace hailong
