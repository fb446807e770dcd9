#pragma once

#include <QStringList>

namespace hailong {

// `integration add NAME --data DIR`: a one-stop system allowed to post dossiers; prints its
// token once.
class IntegrationAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
