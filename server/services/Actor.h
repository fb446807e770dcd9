#pragma once

#include <QString>

namespace hailong {

// Who made a change and from where, for the audit log: a staff member's name and IP address,
// or "cli" and no address for a command run on the server.
struct Actor
{
    QString user;
    QString address;

    static Actor commandLine() { return {QStringLiteral("cli"), {}}; }
};

} // namespace hailong
