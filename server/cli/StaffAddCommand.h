#pragma once

#include <QStringList>

namespace hailong {

// `staff add CODE --name NAME --unit UNIT [--counter C] --data DIR`: a member of the staff
// register, whose code ratings from that unit may name.
class StaffAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
