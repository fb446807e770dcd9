#include "storage/DigestDayTable.h"

#include <QDateTime>

namespace hailong {

DigestDayTable::DigestDayTable(const QSqlDatabase &db)
    : m_claim(db, QStringLiteral("INSERT INTO digest_days (day, sent_at) VALUES (?, ?) ON "
                                 "CONFLICT DO NOTHING RETURNING day"))
{}

bool DigestDayTable::claim(const QDate &day)
{
    SqlRows row =
        m_claim.run({day.toString(Qt::ISODate), toStoredInstant(QDateTime::currentDateTimeUtc())});
    return row.next();
}

} // namespace hailong
