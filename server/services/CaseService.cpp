#include "services/CaseService.h"

#include "period/PeriodRule.h"
#include "period/WorkingDays.h"
#include "privacy/PiiMasker.h"

#include <QJsonArray>

namespace hailong {

namespace {
QString centreTime(const QDateTime &at)
{
    return at.toTimeZone(centreTimeZone()).toString(Qt::ISODate);
}

QJsonValue optionalTime(const std::optional<QDateTime> &at)
{
    return at ? QJsonValue(centreTime(*at)) : QJsonValue(QJsonValue::Null);
}

ValidationError invalidStatus()
{
    return {QStringLiteral("invalid-status"),
            QStringLiteral("Trạng thái phải là in-progress, answered hoặc closed / status must be "
                           "in-progress, answered or closed")};
}

// What the dashboard shows of a rating elsewhere: never the dossier code (the server keeps only
// its hash), only whether there is one, so that the centre can reach the citizen through its
// one-stop system. The comment is stored masked.
QJsonObject ratingJson(const StoredRating &stored)
{
    QJsonArray reasons;
    for (const QString &reason : stored.rating.reasons)
        reasons.append(reason);
    return {{QStringLiteral("created_at"), stored.rating.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("received_at"), stored.receivedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("unit"), stored.unitId},
            {QStringLiteral("kiosk"), stored.kioskId},
            {QStringLiteral("counter"), stored.rating.counter},
            {QStringLiteral("staff"), stored.rating.staff},
            {QStringLiteral("field"), stored.rating.field},
            {QStringLiteral("channel"), stored.channel},
            {QStringLiteral("overall"), stored.rating.overall},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("comment"), stored.rating.comment},
            {QStringLiteral("dossier_tied"), !stored.dossierHash.isEmpty()}};
}

// A note or an action: absent, or text of at most maxTextLength characters, masked.
Result<std::optional<QString>> optionalText(const QJsonObject &body, const char *name,
                                            const QString &code)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.size() > CaseService::maxTextLength)
        return ValidationError{
            code, QStringLiteral("\"%1\" phải là văn bản tối đa %2 ký tự / \"%1\" must be text of "
                                 "at most %2 characters")
                      .arg(QLatin1String(name))
                      .arg(CaseService::maxTextLength)};
    return std::optional<QString>(PiiMasker::mask(text));
}
} // namespace

CaseService::CaseService(Storage &storage, int answerDays)
    : m_storage(storage)
    , m_answerDays(answerDays)
{}

QJsonObject CaseService::caseJson(const CaseRecord &record, const QDateTime &now) const
{
    // An answered case's age stops when it was answered.
    const int age = WorkingDays::between(record.openedAt, record.answeredAt.value_or(now));
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("opened_at"), centreTime(record.openedAt)},
            {QStringLiteral("status"), caseStatusCode(record.status)},
            {QStringLiteral("rating"), ratingJson(record.rating)},
            {QStringLiteral("handler"), record.handler},
            {QStringLiteral("note"), record.note},
            {QStringLiteral("action"), record.action},
            {QStringLiteral("age_days"), age},
            {QStringLiteral("overdue"), caseAwaitsAnswer(record.status) && age > m_answerDays},
            {QStringLiteral("updated_at"), optionalTime(record.updatedAt)},
            {QStringLiteral("answered_at"), optionalTime(record.answeredAt)}};
}

Result<QJsonObject> CaseService::list(const QString &status, const QDateTime &now,
                                      const QString &centre)
{
    QList<CaseStatus> statuses{CaseStatus::Open, CaseStatus::InProgress};
    if (!status.isEmpty()) {
        const std::optional<CaseStatus> chosen = caseStatusFromCode(status);
        if (!chosen)
            return ValidationError{
                QStringLiteral("invalid-status"),
                QStringLiteral("Trạng thái phải là open, in-progress, answered hoặc closed / "
                               "status must be open, in-progress, answered or closed")};
        statuses = {*chosen};
    }
    QJsonArray cases;
    for (const CaseRecord &record : m_storage.cases(statuses, centre))
        cases.append(caseJson(record, now));
    return QJsonObject{{QStringLiteral("cases"), cases},
                       {QStringLiteral("answer_days"), m_answerDays}};
}

Result<QJsonObject> CaseService::move(const QString &id, const QJsonObject &body,
                                      const Actor &actor, const QDateTime &now,
                                      const QString &centre)
{
    const std::optional<CaseStatus> status =
        caseStatusFromCode(body.value(QLatin1String("status")).toString());
    if (!status || *status == CaseStatus::Open)
        return invalidStatus();
    const Result<std::optional<QString>> note =
        optionalText(body, "note", QStringLiteral("invalid-note"));
    if (!note)
        return note.error();
    const Result<std::optional<QString>> action =
        optionalText(body, "action", QStringLiteral("invalid-action"));
    if (!action)
        return action.error();
    const Result<CaseRecord> moved =
        m_storage.moveCase(id, {*status, note.value(), action.value(), actor.user, now}, centre);
    if (!moved)
        return moved.error();
    m_storage.audit(QStringLiteral("case-move"), actor.user,
                    QStringLiteral("%1 %2").arg(id, caseStatusCode(*status)), actor.address);
    return caseJson(moved.value(), now);
}

QList<OverdueCase> CaseService::overdue(const QDateTime &now, const QString &centre)
{
    QList<OverdueCase> found;
    for (const CaseRecord &record :
         m_storage.cases({CaseStatus::Open, CaseStatus::InProgress}, centre)) {
        const int age = WorkingDays::between(record.openedAt, now);
        if (age > m_answerDays)
            found.append({record, age, WorkingDays::pastLimit(record.openedAt, m_answerDays)});
    }
    return found;
}

CaseTally CaseService::tally(const QDateTime &from, const QDateTime &to, const QString &centre)
{
    CaseTally tally;
    tally.answerDays = m_answerDays;
    for (const CaseTiming &timing : m_storage.casesOpenedBetween(from, to, centre)) {
        ++tally.received;
        if (timing.answeredAt &&
            WorkingDays::between(timing.openedAt, *timing.answeredAt) <= m_answerDays)
            ++tally.answeredInTime;
        if (caseAwaitsAnswer(timing.status))
            ++tally.open;
    }
    return tally;
}

} // namespace hailong
