#pragma once

#include <QStringList>

namespace hailong {

// `survey add FILE --data DIR`: checks a centre's own survey (JSON) and keeps it as
// DIR/surveys/<id>.json, replacing the centre's earlier survey of that id. A fault exits 2
// naming the JSON path of what is wrong, with nothing changed. The built-in ids are not
// taken. The running server offers it after its next start.
class SurveyAddCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
