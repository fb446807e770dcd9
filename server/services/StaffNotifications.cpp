#include "services/StaffNotifications.h"

#include "period/PeriodRule.h"
#include "services/AlertService.h"
#include "services/NotificationKind.h"
#include "services/NotificationMails.h"
#include "services/RatingIngest.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

namespace hailong {

namespace {
Q_LOGGING_CATEGORY(notifyLog, "hailong.notify")

// A counter is its unit's: two units (or two centres) may each have a "Quầy 1".
QString counterKey(const StoredRating &stored)
{
    return stored.unitId + QLatin1Char('\n') + stored.rating.counter;
}

bool isLow(const StoredRating &stored)
{
    return stored.rating.overall >= 1 && stored.rating.overall <= 2 && !stored.rating.suspect;
}

QString instant(const std::optional<QDateTime> &at)
{
    return at ? at->toTimeZone(centreTimeZone()).toString(Qt::ISODate) : QString();
}
} // namespace

StaffNotifications::StaffNotifications(Storage &storage, IndicatorService &indicators,
                                       const SurveyProvider &surveys,
                                       std::optional<Settings> settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_indicators(indicators)
    , m_surveys(surveys)
    , m_settings(std::move(settings))
{
    if (!m_settings)
        return;
    m_queue = std::make_unique<MailQueue>(SmtpRelay(m_settings->smtp));
    try {
        kiosksOffline(QDateTime::currentDateTimeUtc(), false);
    } catch (const StorageError &error) {
        qCWarning(notifyLog) << "kiosks not read for the offline notices:" << error.what();
    }
    m_timer.setInterval(std::max(1, m_settings->checkSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTimeUtc()); });
    m_timer.start();
}

StaffNotifications::~StaffNotifications() = default;

QJsonObject StaffNotifications::status() const
{
    if (!m_queue)
        return {{QStringLiteral("enabled"), false}};
    const MailQueue::Status status = m_queue->status();
    return {{QStringLiteral("enabled"), true},
            {QStringLiteral("relay"), m_queue->relayUrl()},
            {QStringLiteral("sent"), status.sent},
            {QStringLiteral("failed_attempts"), status.failedAttempts},
            {QStringLiteral("given_up"), status.givenUp},
            {QStringLiteral("waiting"), status.waiting},
            {QStringLiteral("last_error"), status.lastError},
            {QStringLiteral("last_error_at"), status.lastErrorAt.isValid()
                                                  ? QJsonValue(instant(status.lastErrorAt))
                                                  : QJsonValue()}};
}

QList<StaffNotifications::Recipient> StaffNotifications::recipients(const QString &kind,
                                                                    const QString &centreId)
{
    QHash<QString, UserRecord> users;
    for (const UserRecord &user : m_storage.users())
        users.insert(user.name, user);
    QList<Recipient> found;
    for (const NotificationChoiceRecord &choice : m_storage.notificationChoices()) {
        const auto user = users.constFind(choice.user);
        if (user == users.cend() || user->disabled || choice.email.isEmpty() ||
            !choice.kinds.contains(kind))
            continue;
        if (!centreId.isEmpty() && !user->centreId.isEmpty() && user->centreId != centreId)
            continue;
        found.append({choice.email, user->role, user->centreId});
    }
    return found;
}

void StaffNotifications::send(const QString &kind, const QString &centreId,
                              const std::function<MailMessage(const Recipient &)> &compose)
{
    for (const Recipient &recipient : recipients(kind, centreId)) {
        MailMessage mail = compose(recipient);
        mail.to = recipient.email;
        m_queue->enqueue(std::move(mail));
    }
}

QString StaffNotifications::unitName(const QString &unitId)
{
    const std::optional<UnitRecord> unit = m_storage.unit(unitId);
    return unit ? unit->name : unitId;
}

QString StaffNotifications::unitCentre(const QString &unitId)
{
    const std::optional<UnitRecord> unit = m_storage.unit(unitId);
    return unit ? unit->centreId : UnitRecord().centreId;
}

void StaffNotifications::ratingsStored(const QList<StoredRating> &ratings)
{
    if (!m_queue || ratings.isEmpty())
        return;
    try {
        for (const StoredRating &stored : ratings) {
            if (!isLow(stored) || stored.rating.comment.trimmed().isEmpty())
                continue;
            const SurveyDefinition *survey = m_surveys.catalog().find(stored.rating.survey);
            const NotificationMails::Place place{unitName(stored.unitId), stored.rating.counter};
            send(NotificationKind::lowWithComment, unitCentre(stored.unitId),
                 [&](const Recipient &) {
                     return NotificationMails::lowWithComment(stored, survey, place,
                                                              m_settings->dashboardUrl);
                 });
        }
        lowRuns(ratings, QDateTime::currentDateTimeUtc());
    } catch (const StorageError &error) {
        qCWarning(notifyLog) << "notices for new ratings not sent:" << error.what();
    }
}

void StaffNotifications::lowRuns(const QList<StoredRating> &ratings, const QDateTime &now)
{
    const QDateTime windowStart = now.addSecs(-runWindowSeconds);
    QSet<QString> counters;
    for (const StoredRating &stored : ratings) {
        // A backlog a kiosk sends late is history, not a run happening now.
        if (isLow(stored) && !stored.rating.counter.isEmpty() && stored.effectiveAt >= windowStart)
            counters.insert(counterKey(stored));
    }
    if (counters.isEmpty())
        return;
    QHash<QString, QList<StoredRating>> byCounter;
    for (const StoredRating &stored :
         m_storage.ratingsBetween(windowStart, now.addSecs(RatingIngest::futureToleranceSeconds))) {
        if (counters.contains(counterKey(stored)) && !stored.rating.suspect)
            byCounter[counterKey(stored)].append(stored);
    }
    for (auto it = byCounter.begin(); it != byCounter.end(); ++it) {
        const auto lastMail = m_runMailed.constFind(it.key());
        if (lastMail != m_runMailed.cend() && lastMail->secsTo(now) < runWindowSeconds)
            continue;
        QList<StoredRating> &recent = it.value();
        std::sort(recent.begin(), recent.end(), [](const StoredRating &a, const StoredRating &b) {
            return a.effectiveAt < b.effectiveAt;
        });
        if (recent.size() > runWindowRatings)
            recent = recent.mid(recent.size() - runWindowRatings);
        const int lows = int(std::count_if(recent.cbegin(), recent.cend(), isLow));
        if (lows < runLowRatings)
            continue;
        m_runMailed.insert(it.key(), now);
        const StoredRating &latest = recent.constLast();
        const NotificationMails::Place place{unitName(latest.unitId), latest.rating.counter};
        const SurveyDefinition *survey = m_surveys.catalog().find(latest.rating.survey);
        send(NotificationKind::lowRun, unitCentre(latest.unitId), [&](const Recipient &) {
            return NotificationMails::lowRun(place, lows, int(recent.size()), recent, survey,
                                             m_settings->dashboardUrl);
        });
    }
}

void StaffNotifications::check(const QDateTime &now)
{
    if (!m_queue)
        return;
    try {
        kiosksOffline(now, true);
        digest(now);
    } catch (const StorageError &error) {
        qCWarning(notifyLog) << "notices not checked:" << error.what();
    }
}

void StaffNotifications::kiosksOffline(const QDateTime &now, bool announce)
{
    for (const KioskRecord &kiosk : m_storage.kiosks()) {
        if (kiosk.revoked || !kiosk.lastSeen)
            continue;
        const qint64 minutes = kiosk.lastSeen->secsTo(now) / 60;
        if (minutes <= AlertService::offlineMinutes) {
            m_offlineMailed.remove(kiosk.id);
            continue;
        }
        if (m_offlineMailed.value(kiosk.id) == *kiosk.lastSeen)
            continue;
        m_offlineMailed.insert(kiosk.id, *kiosk.lastSeen);
        if (!announce)
            continue;
        const QString unit = unitName(kiosk.unitId);
        send(NotificationKind::kioskOffline, unitCentre(kiosk.unitId), [&](const Recipient &) {
            return NotificationMails::kioskOffline(kiosk, unit, minutes, m_settings->dashboardUrl);
        });
    }
}

void StaffNotifications::digest(const QDateTime &now)
{
    const QDateTime local = now.toTimeZone(centreTimeZone());
    const QDate today = local.date();
    if (m_digestDone == today || local.time() < m_settings->smtp.digestAt)
        return;
    const bool claimed = m_storage.claimDigestDay(today);
    m_digestDone = today;
    if (!claimed)
        return;
    const QDateTime from(today, QTime(0, 0), centreTimeZone());
    const QDateTime to = from.addDays(1);
    NotificationMails::DailyFigures figures;
    figures.date = today;
    figures.minRatings = m_settings->minRatings;
    // Counted as /api/v1/daily counts them, from the day's rollups.
    for (const RollupTotals &group : m_storage.rollupTotals(today, today.addDays(1))) {
        if (group.suspect)
            continue;
        figures.n += group.n;
        figures.satisfied += group.satisfied;
    }
    if (figures.n > 0)
        figures.rate = double(figures.satisfied) * 100.0 / double(figures.n);
    figures.indicators = m_indicators.evaluate(from, to);
    const QMap<int, qint64> levels = m_storage.levelCounts(from, to);
    figures.low = levels.value(1) + levels.value(2);
    const qint64 casesWaiting = m_storage.cases({CaseStatus::Open, CaseStatus::InProgress}).size();
    const bool severalCentres = m_storage.centres().size() > 1;
    for (const Recipient &recipient : recipients(NotificationKind::dailyDigest, QString())) {
        if (severalCentres && !recipient.centreId.isEmpty())
            continue;
        NotificationMails::DailyFigures shown = figures;
        if (recipient.role != StaffRole::Viewer)
            shown.casesWaiting = casesWaiting;
        MailMessage mail = NotificationMails::dailyDigest(shown, m_settings->dashboardUrl);
        mail.to = recipient.email;
        m_queue->enqueue(std::move(mail));
    }
}

} // namespace hailong
