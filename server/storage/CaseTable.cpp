#include "storage/CaseTable.h"

#include "storage/CentreFilter.h"
#include "storage/RatingTable.h"

namespace hailong {

namespace {
const QString caseColumns =
    QStringLiteral(", cases.rating_id, cases.opened_at, cases.status, cases.handler, cases.note, "
                   "cases.action, cases.updated_at, cases.answered_at FROM cases JOIN ratings ON "
                   "ratings.id = cases.rating_id WHERE ") +
    centreFilter(QStringLiteral("cases.centre_id")) + QStringLiteral(" ");

std::optional<QDateTime> optionalInstant(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromStoredInstant(value);
}

QVariant storedOptional(const std::optional<QDateTime> &instant)
{
    return instant ? toStoredInstant(*instant) : QVariant(QMetaType::fromType<qlonglong>());
}

CaseRecord caseFromRow(const SqlRows &row)
{
    constexpr int first = RatingTable::columnCount;
    CaseRecord record;
    record.rating = RatingTable::fromRow(row);
    record.id = row.value(first).toString();
    record.openedAt = fromStoredInstant(row.value(first + 1));
    record.status = caseStatusFromCode(row.value(first + 2).toString()).value_or(CaseStatus::Open);
    record.handler = row.value(first + 3).toString();
    record.note = row.value(first + 4).toString();
    record.action = row.value(first + 5).toString();
    record.updatedAt = optionalInstant(row.value(first + 6));
    record.answeredAt = optionalInstant(row.value(first + 7));
    return record;
}
} // namespace

CaseTable::CaseTable(const QSqlDatabase &db)
    : m_open(db, QStringLiteral("INSERT INTO cases (rating_id, opened_at, centre_id) VALUES (?, ?, "
                                "?) ON CONFLICT (centre_id, rating_id) DO NOTHING"))
    , m_find(db, QStringLiteral("SELECT ") + RatingTable::columns() + caseColumns +
                     QStringLiteral("AND cases.rating_id = ?"))
    // Four places, so that one statement takes any set of statuses (repeated to fill them).
    , m_withStatus(
          db, QStringLiteral("SELECT ") + RatingTable::columns() + caseColumns +
                  QStringLiteral(
                      "AND cases.status IN (?, ?, ?, ?) ORDER BY cases.opened_at, cases.rating_id"))
    , m_update(db, QStringLiteral("UPDATE cases SET status = ?, handler = ?, note = ?, action = ?, "
                                  "updated_at = ?, answered_at = ? WHERE rating_id = ?"))
    , m_openedBetween(db,
                      QStringLiteral("SELECT opened_at, answered_at, status FROM cases WHERE ") +
                          centreFilter(QStringLiteral("centre_id")) +
                          QStringLiteral(" AND opened_at >= ? AND opened_at < ?"))
{}

void CaseTable::open(const QString &ratingId, const QDateTime &openedAt, const QString &centre)
{
    m_open.run({ratingId, toStoredInstant(openedAt), centre});
}

std::optional<CaseRecord> CaseTable::find(const QString &id, const QString &centre)
{
    SqlRows row = m_find.run({centre, centre, id});
    if (!row.next())
        return std::nullopt;
    return caseFromRow(row);
}

QList<CaseRecord> CaseTable::withStatus(const QList<CaseStatus> &statuses, const QString &centre)
{
    QList<CaseRecord> cases;
    if (statuses.isEmpty())
        return cases;
    const auto code = [&statuses](int place) {
        return caseStatusCode(statuses.at(place % statuses.size()));
    };
    SqlRows rows = m_withStatus.run({centre, centre, code(0), code(1), code(2), code(3)});
    while (rows.next())
        cases.append(caseFromRow(rows));
    return cases;
}

void CaseTable::update(const CaseRecord &record)
{
    m_update.run({caseStatusCode(record.status), record.handler, record.note, record.action,
                  storedOptional(record.updatedAt), storedOptional(record.answeredAt), record.id});
}

QList<CaseTiming> CaseTable::openedBetween(const QDateTime &from, const QDateTime &to,
                                           const QString &centre)
{
    QList<CaseTiming> timings;
    SqlRows rows =
        m_openedBetween.run({centre, centre, toStoredInstant(from), toStoredInstant(to)});
    while (rows.next())
        timings.append({fromStoredInstant(rows.value(0)), optionalInstant(rows.value(1)),
                        caseStatusFromCode(rows.value(2).toString()).value_or(CaseStatus::Open)});
    return timings;
}

} // namespace hailong
