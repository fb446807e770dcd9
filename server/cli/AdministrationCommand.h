#pragma once

#include "cli/CommandArguments.h"
#include "services/Administration.h"

#include <functional>

namespace hailong {

// What every command that changes the centre's records does around its one service call:
// opens the data directory's storage (its fault on stderr, ExitFailure) and hands `act` the
// Administration service, whose rules the dashboard's routes share; returns what `act` returns.
int withAdministration(const CommandArguments &args,
                       const std::function<int(Administration &)> &act);

// The password a user command reads from the first line of stdin, so it never shows in the
// process list; empty, after saying so on stderr, when there is none.
QString passwordFromStdin();

// A service's answer as the command's exit: its refusal on stderr (ExitUsage), or `done` on
// stdout (ExitOk).
template <typename T> int answerOf(const Result<T> &answer, const QString &done)
{
    if (!answer)
        return printRefusal(answer.error());
    printLine(done);
    return ExitOk;
}

} // namespace hailong
