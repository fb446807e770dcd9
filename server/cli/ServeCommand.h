#pragma once

#include <QStringList>

namespace hailong {

// `serve --data DIR [--listen HOST:PORT] [--db URL] [--kiosk-rate-limit N]`.
class ServeCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
