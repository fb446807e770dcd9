#pragma once

#include "storage/PeriodClosingRecord.h"
#include "storage/SqlStatement.h"

namespace hailong {

// The period_closings table: one row per closed centre × rule × period, holding the figures
// as closed (its rollups then, as JSON text in the column `buckets`).
class PeriodClosingTable
{
public:
    explicit PeriodClosingTable(const QSqlDatabase &db);

    // False when the period was already closed (by another request, even at the same moment).
    bool insert(const PeriodClosingRecord &record);
    std::optional<PeriodClosingRecord> find(const QString &rule, const QString &period,
                                            const QString &centre);
    // False when it was not closed.
    bool remove(const QString &rule, const QString &period, const QString &centre);
    // The centres that closed the period.
    QStringList centres(const QString &rule, const QString &period);

private:
    SqlStatement m_insert;
    SqlStatement m_find;
    SqlStatement m_remove;
    SqlStatement m_centres;
};

} // namespace hailong
