#pragma once

#include "storage/Storage.h"

#include <QString>
#include <optional>

namespace hailong {

// The name one centre among several carries on its own pages and papers: its name in the
// centres table, or its id when it has none. None with a single centre or for the province as
// a whole (`centre` empty): those carry centre.json's commune name.
std::optional<QString> centreTitle(Storage &storage, const QString &centre);

} // namespace hailong
