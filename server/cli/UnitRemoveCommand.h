#pragma once

#include <QStringList>

namespace hailong {

// `unit remove ID --data DIR`: removes a unit added by mistake, one no kiosk or rating names.
class UnitRemoveCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
