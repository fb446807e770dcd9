#pragma once

#include "storage/CaseRecord.h"
#include "storage/SqlStatement.h"

#include <QList>

namespace hailong {

// The cases table: one complaint case per rating that opens one (cases::opensCase), keyed by
// the rating's id, so that a resent rating can never open a second.
class CaseTable
{
public:
    explicit CaseTable(const QSqlDatabase &db);

    // Opens the rating's case unless it has one already.
    // In the centre of its rating.
    void open(const QString &ratingId, const QDateTime &openedAt, const QString &centre);
    // Reads that take `centre` keep to that centre's cases, or every centre's when it is empty.
    std::optional<CaseRecord> find(const QString &id, const QString &centre);
    // The cases in any of `statuses`, oldest first, each with its rating.
    QList<CaseRecord> withStatus(const QList<CaseStatus> &statuses, const QString &centre);
    // Writes a case's status, handler, note, action and times as `record` holds them.
    void update(const CaseRecord &record);
    // The cases opened in [from, to).
    QList<CaseTiming> openedBetween(const QDateTime &from, const QDateTime &to,
                                    const QString &centre);

private:
    SqlStatement m_open;
    SqlStatement m_find;
    SqlStatement m_withStatus;
    SqlStatement m_update;
    SqlStatement m_openedBetween;
};

} // namespace hailong
