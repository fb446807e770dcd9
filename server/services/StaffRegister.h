#pragma once

#include "storage/Storage.h"

#include <QHash>
#include <QJsonArray>

namespace hailong {

// The staff register as signed-in staff read it: a person's name is shown to managers and
// admins only; a viewer sees codes (the register's units and counters, no names).
class StaffRegister
{
public:
    explicit StaffRegister(Storage &storage);

    static bool showsNames(StaffRole role) { return role != StaffRole::Viewer; }

    // [{"code","unit","unit_name","counter","name"?}] by code; "name" only when `role` shows it.
    // `centre`: the members at that centre's units; empty, every centre's.
    QJsonArray members(StaffRole role, const QString &centre = {});
    // Code -> name for what the role may see: empty for a viewer.
    QHash<QString, QString> names(StaffRole role);

private:
    Storage &m_storage;
};

} // namespace hailong
