#pragma once

#include <QStringList>

namespace hailong {

// `centre import --from OLD_DIR --centre ID --data DIR`: moves a standalone commune's data
// folder into a province as the centre ID. The old folder is only read: its database is
// copied and the copy migrated. Prints what was brought in and, for every period with
// ratings, the commune's figures before (old database) and after (province, that centre); exit
// 0 when they are equal. A run again adds nothing. A unit, kiosk or staff id the province has
// in another centre: exit 2 and nothing changed. Kiosks keep working unchanged once pointed to
// the province (ImportedCentreTrust), after `serve` restarts.
class CentreImportCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
