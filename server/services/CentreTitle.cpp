#include "services/CentreTitle.h"

namespace hailong {

std::optional<QString> centreTitle(Storage &storage, const QString &centre)
{
    const std::optional<CentreRecord> named =
        centre.isEmpty() ? std::nullopt : storage.centre(centre);
    if (!named || storage.centres().size() <= 1)
        return std::nullopt;
    return named->name.isEmpty() ? named->id : named->name;
}

} // namespace hailong
