#pragma once

#include <QStringList>

namespace hailong {

// `dossiers import FILE --data DIR`: the one-stop system's CSV export, all rows or none.
class DossierImportCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
