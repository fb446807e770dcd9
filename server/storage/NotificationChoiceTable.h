#pragma once

#include "storage/NotificationChoiceRecord.h"
#include "storage/SqlStatement.h"

#include <QList>
#include <optional>

namespace hailong {

// The notification_choices table: each staff member's e-mail address and the kinds of notice
// they chose, one row per user, in the user's centre ('' for a province-wide user).
class NotificationChoiceTable
{
public:
    explicit NotificationChoiceTable(const QSqlDatabase &db);

    void put(const NotificationChoiceRecord &choice);
    std::optional<NotificationChoiceRecord> find(const QString &centreId, const QString &user);
    // By user name.
    QList<NotificationChoiceRecord> all();

private:
    SqlStatement m_put;
    SqlStatement m_find;
    SqlStatement m_all;
};

} // namespace hailong
