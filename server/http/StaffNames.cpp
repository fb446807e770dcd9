#include "http/StaffNames.h"

#include <QJsonObject>

namespace hailong {

QJsonArray withStaffNames(QJsonArray entries, const QString &codeKey,
                          const QHash<QString, QString> &names)
{
    if (names.isEmpty())
        return entries;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QJsonObject entry = it->toObject();
        const auto name = names.constFind(entry.value(codeKey).toString());
        if (name == names.cend())
            continue;
        entry.insert(QStringLiteral("name"), *name);
        *it = entry;
    }
    return entries;
}

} // namespace hailong
