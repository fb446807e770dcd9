#pragma once

#include <QHash>
#include <QJsonArray>

namespace hailong {

// `entries` with "name" added to each whose `codeKey` names a code in `names` (StaffRegister::
// names: empty for a viewer, who sees codes only).
QJsonArray withStaffNames(QJsonArray entries, const QString &codeKey,
                          const QHash<QString, QString> &names);

} // namespace hailong
