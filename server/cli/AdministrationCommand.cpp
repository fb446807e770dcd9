#include "cli/AdministrationCommand.h"

#include "cli/DatabaseSetting.h"

namespace hailong {

int withAdministration(const CommandArguments &args,
                       const std::function<int(Administration &)> &act)
{
    const std::shared_ptr<Storage> opened = DatabaseSetting::openForCommand(args.dataDirectory());
    if (!opened)
        return ExitFailure;
    Administration administration(*opened);
    return act(administration);
}

} // namespace hailong
