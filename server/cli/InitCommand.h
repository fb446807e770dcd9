#pragma once

#include <QStringList>

namespace hailong {

// `init --data DIR`: the database, the local CA and server certificate, the server key,
// the indicators and centre files, and a first admin with a random password.
class InitCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
