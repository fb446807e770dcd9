#include "storage/NotificationChoiceTable.h"

namespace hailong {

namespace {
const QLatin1Char kindSeparator(' ');

NotificationChoiceRecord choiceFromRow(const SqlRows &row)
{
    return {row.value(0).toString(), row.value(1).toString(),
            row.value(2).toString().split(kindSeparator, Qt::SkipEmptyParts),
            fromStoredInstant(row.value(3)), row.value(4).toString()};
}
} // namespace

NotificationChoiceTable::NotificationChoiceTable(const QSqlDatabase &db)
    : m_put(db, QStringLiteral("INSERT INTO notification_choices (centre_id, user_name, email, "
                               "kinds, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (centre_id, "
                               "user_name) DO UPDATE SET email = excluded.email, kinds = "
                               "excluded.kinds, updated_at = excluded.updated_at"))
    , m_find(db, QStringLiteral("SELECT user_name, email, kinds, updated_at, centre_id FROM "
                                "notification_choices WHERE centre_id = ? AND user_name = ?"))
    , m_all(db, QStringLiteral("SELECT user_name, email, kinds, updated_at, centre_id FROM "
                               "notification_choices ORDER BY user_name"))
{}

void NotificationChoiceTable::put(const NotificationChoiceRecord &choice)
{
    m_put.run({choice.centreId, choice.user, choice.email, choice.kinds.join(kindSeparator),
               toStoredInstant(choice.updatedAt)});
}

std::optional<NotificationChoiceRecord> NotificationChoiceTable::find(const QString &centreId,
                                                                      const QString &user)
{
    SqlRows row = m_find.run({centreId, user});
    if (!row.next())
        return std::nullopt;
    return choiceFromRow(row);
}

QList<NotificationChoiceRecord> NotificationChoiceTable::all()
{
    QList<NotificationChoiceRecord> choices;
    SqlRows rows = m_all.run();
    while (rows.next())
        choices.append(choiceFromRow(rows));
    return choices;
}

} // namespace hailong
