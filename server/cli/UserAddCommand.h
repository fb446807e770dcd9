#pragma once

#include <QStringList>

namespace hailong {

// `user add NAME --role viewer|manager|admin --data DIR`: the password is read from stdin.
class UserAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
