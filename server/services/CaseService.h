#pragma once

#include "cases/CaseTally.h"
#include "services/Actor.h"
#include "storage/Storage.h"

#include <QJsonObject>

namespace hailong {

// A case overdue for its answer, for the alerts.
struct OverdueCase
{
    CaseRecord record;
    int ageDays = 0;
    QDateTime overdueSince; // the start of the first working day past the limit
};

// Complaint cases (Kế hoạch, mục III.1: receive and answer citizens' feedback promptly): every
// rating at level 1–2 and every comment opens one as it is stored (storage, in the rating's
// transaction); here the staff list them and move them on (open → in progress → answered →
// closed), and the alerts and the report count them. Ages are working days (WorkingDays);
// a case waiting more than `answerDays` of them is overdue. A note and an action are masked
// as comments are, so no contact data is kept in them either.
class CaseService
{
public:
    static constexpr qsizetype maxTextLength = 1000;

    CaseService(Storage &storage, int answerDays);

    int answerDays() const { return m_answerDays; }

    // {"cases":[…]} oldest first: those with the status coded `status`, or, when it is empty,
    // those still waiting for an answer (open and in progress). Errors: "invalid-status".
    // `centre` (here and in move): that centre's cases only; empty, every centre's.
    Result<QJsonObject> list(const QString &status, const QDateTime &now,
                             const QString &centre = {});
    // Moves a case on as the body ({"status","note"?,"action"?}) says, as `actor`, with an audit
    // entry "case-move"; answers the case as listed. Errors: "invalid-status", "invalid-note",
    // "invalid-action" (the body), "unknown-case", "invalid-move" (not forward).
    // A case of another centre is unknown.
    Result<QJsonObject> move(const QString &id, const QJsonObject &body, const Actor &actor,
                             const QDateTime &now, const QString &centre = {});
    // The cases waiting longer than answerDays working days, oldest first. `centre` (here and in
    // tally): that centre's; empty, every centre's.
    QList<OverdueCase> overdue(const QDateTime &now, const QString &centre = {});
    // The cases opened in [from, to) and what became of them by `now`.
    CaseTally tally(const QDateTime &from, const QDateTime &to, const QString &centre = {});

private:
    QJsonObject caseJson(const CaseRecord &record, const QDateTime &now) const;

    Storage &m_storage;
    int m_answerDays;
};

} // namespace hailong
