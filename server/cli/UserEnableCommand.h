#pragma once

#include <QStringList>

namespace hailong {

// `user enable NAME --data DIR`: lets a disabled staff account sign in again.
class UserEnableCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
