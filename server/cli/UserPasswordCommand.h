#pragma once

#include <QStringList>

namespace hailong {

// `user password NAME --data DIR`: sets a staff account's password (read from stdin) and
// signs that user out everywhere, for a forgotten password.
class UserPasswordCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
