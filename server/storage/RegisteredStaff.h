#pragma once

#include "storage/StorageRecords.h"

#include <QSet>

namespace hailong {

// The staff register as the rule that decides whom a rating is attributed to. A centre that
// registered nobody keeps v1's behaviour (any code a kiosk sends counts as given); once it has
// registered one member, a code counts only for the unit it is registered at.
class RegisteredStaff
{
public:
    explicit RegisteredStaff(const QList<StaffRecord> &members);

    // Whether a rating of `unitId` naming `code` (non-empty) is attributed to it.
    bool attributes(const QString &unitId, const QString &code) const;

private:
    QSet<QString> m_unitCodes; // unit id, U+001F, code
};

} // namespace hailong
