#include "services/AlertService.h"

#include "period/PeriodRule.h"

#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <cstdlib>

namespace hailong {

namespace {
struct Alert
{
    QDateTime since;
    QJsonObject body;
};

QString instant(const QDateTime &at)
{
    return at.toTimeZone(centreTimeZone()).toString(Qt::ISODate);
}

Alert alert(const QString &kind, const QString &severity, const QDateTime &since,
            QJsonObject fields)
{
    fields.insert(QStringLiteral("kind"), kind);
    fields.insert(QStringLiteral("severity"), severity);
    fields.insert(QStringLiteral("since"), instant(since));
    return {since, fields};
}
} // namespace

AlertService::AlertService(Storage &storage, IndicatorService &indicators, CaseService &cases,
                           int minRatings, CertificateExpiry certificates)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_cases(cases)
    , m_minRatings(minRatings)
    , m_certificates(std::move(certificates))
{}

QJsonArray AlertService::alerts(const QDateTime &now, const QString &centre)
{
    const QDateTime dayStart(now.toTimeZone(centreTimeZone()).date(), QTime(0, 0),
                             centreTimeZone());
    const QDateTime dayEnd = dayStart.addDays(1);
    QList<Alert> found;

    for (const IndicatorResult &result : m_indicators.evaluate(dayStart, dayEnd, centre)) {
        if (result.n < m_minRatings || !result.rate || *result.rate >= result.definition.target)
            continue;
        found.append(alert(QStringLiteral("indicator-below-target"), QStringLiteral("warning"),
                           dayStart,
                           {{QStringLiteral("indicator"), result.definition.id},
                            {QStringLiteral("name"), result.definition.name.vi},
                            {QStringLiteral("rate"), *result.rate},
                            {QStringLiteral("target"), result.definition.target},
                            {QStringLiteral("n"), result.n}}));
    }

    QHash<QString, QString> centreOfUnit;
    for (const UnitRecord &unit : m_storage.units())
        centreOfUnit.insert(unit.id, unit.centreId);
    QHash<QString, KioskRecord> kiosks; // the centre's
    for (const KioskRecord &kiosk : m_storage.kiosks()) {
        if (!centre.isEmpty() && centreOfUnit.value(kiosk.unitId) != centre)
            continue;
        kiosks.insert(kiosk.id, kiosk);
        if (kiosk.revoked || !kiosk.lastSeen)
            continue;
        const qint64 minutes = kiosk.lastSeen->secsTo(now) / 60;
        if (minutes > offlineMinutes)
            found.append(alert(QStringLiteral("kiosk-offline"), QStringLiteral("critical"),
                               *kiosk.lastSeen,
                               {{QStringLiteral("kiosk"), kiosk.id},
                                {QStringLiteral("counter"), kiosk.counter},
                                {QStringLiteral("minutes"), minutes}}));
        if (kiosk.clockSkewSeconds &&
            std::llabs(*kiosk.clockSkewSeconds) > clockSkewToleranceSeconds)
            found.append(alert(QStringLiteral("kiosk-clock-skew"), QStringLiteral("warning"),
                               *kiosk.lastSeen,
                               {{QStringLiteral("kiosk"), kiosk.id},
                                {QStringLiteral("counter"), kiosk.counter},
                                {QStringLiteral("skew_seconds"), *kiosk.clockSkewSeconds}}));
    }

    QMap<QString, QPair<QDateTime, qint64>> suspects; // kiosk -> first suspect today, count
    for (const StoredRating &stored : m_storage.ratingsBetween(dayStart, dayEnd)) {
        if (!stored.rating.suspect || (!centre.isEmpty() && !kiosks.contains(stored.kioskId)))
            continue;
        auto &entry = suspects[stored.kioskId];
        if (entry.second == 0)
            entry.first = stored.effectiveAt;
        ++entry.second;
    }
    for (auto it = suspects.cbegin(); it != suspects.cend(); ++it) {
        if (kiosks.value(it.key()).revoked)
            continue;
        found.append(alert(
            QStringLiteral("suspect-burst"), QStringLiteral("warning"), it.value().first,
            {{QStringLiteral("kiosk"), it.key()}, {QStringLiteral("count"), it.value().second}}));
    }

    for (const CertificateExpiry::Warning &warning : m_certificates.warnings(now)) {
        const qint64 leadDays = warning.severity == QLatin1String("critical")
                                    ? CertificateExpiry::criticalDays
                                    : CertificateExpiry::warningDays;
        found.append(
            alert(QStringLiteral("certificate-expiry"), warning.severity,
                  warning.expires.addDays(-leadDays),
                  {{QStringLiteral("certificate"), warning.certificate},
                   {QStringLiteral("expires"),
                    warning.expires.toTimeZone(centreTimeZone()).date().toString(Qt::ISODate)},
                   {QStringLiteral("days_left"), warning.daysLeft}}));
    }

    for (const OverdueCase &overdue : m_cases.overdue(now, centre)) {
        found.append(alert(QStringLiteral("case-overdue"), QStringLiteral("warning"),
                           overdue.overdueSince,
                           {{QStringLiteral("case"), overdue.record.id},
                            {QStringLiteral("status"), caseStatusCode(overdue.record.status)},
                            {QStringLiteral("opened_at"), instant(overdue.record.openedAt)},
                            {QStringLiteral("age_days"), overdue.ageDays},
                            {QStringLiteral("answer_days"), m_cases.answerDays()}}));
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const Alert &a, const Alert &b) { return a.since > b.since; });
    QJsonArray json;
    for (const Alert &entry : std::as_const(found))
        json.append(entry.body);
    return json;
}

} // namespace hailong
