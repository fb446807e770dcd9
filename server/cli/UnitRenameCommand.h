#pragma once

#include <QStringList>

namespace hailong {

// `unit rename ID --name NAME --data DIR`: corrects a unit's name; its id stays.
class UnitRenameCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
