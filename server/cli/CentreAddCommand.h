#pragma once

#include <QStringList>

namespace hailong {

// `centre add ID --name NAME --data DIR`: another commune's service centre in a province's
// database.
class CentreAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
