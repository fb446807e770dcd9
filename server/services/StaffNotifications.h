#pragma once

#include "config/SmtpSettings.h"
#include "mail/MailQueue.h"
#include "services/IndicatorService.h"
#include "services/SurveyProvider.h"
#include "storage/Storage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace hailong {

// Who is told what by e-mail, and when. Each staff member's choice (NotificationChoices) names
// the kinds (NotificationKind); the mail goes out through MailQueue, never on this thread.
//   low-with-comment  each rating at level 1–2 with a comment, as it is stored (not a suspect
//                     burst's);
//   low-run           at one counter of a unit, 3 or more of the last 5 ratings within an
//                     hour at level 1–2: one mail, then none for that counter for an hour;
//   kiosk-offline     a kiosk the alerts call offline (AlertService::offlineMinutes): one mail
//                     when it goes, another only after it came back and went again; kiosks
//                     already offline when the server starts are in the alerts, not mailed;
//   daily-digest      at `digest_at` (centre time) the day's figures, once a day (claimed in
//                     the database, so a restart sends none again). A viewer's leaves out the
//                     complaint cases, which viewers do not see.
// A notice about a unit's rating or kiosk goes to the users of that unit's centre and to
// province-wide users. The digest's figures are /api/v1/daily's, every centre's together: with
// one centre they go to all who chose it, with several to province-wide users only.
// Disabled users get nothing. Without a relay nothing is sent and nothing is queued.
class StaffNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr int runWindowRatings = 5;
    static constexpr int runLowRatings = 3;
    static constexpr qint64 runWindowSeconds = 3600;

    struct Settings
    {
        SmtpSettings smtp;
        QString dashboardUrl;
        int checkSeconds = 60; // how often kiosks and the clock are looked at
        int minRatings = 30;   // the alerts' threshold, for the digest's verdicts
    };

    StaffNotifications(Storage &storage, IndicatorService &indicators,
                       const SurveyProvider &surveys, std::optional<Settings> settings,
                       QObject *parent = nullptr);
    ~StaffNotifications() override;

    bool enabled() const { return m_queue != nullptr; }
    // {"enabled", "relay", "sent", "failed_attempts", "given_up", "waiting", "last_error",
    // "last_error_at"}; only "enabled" without a relay.
    QJsonObject status() const;

    // After a batch of ratings was committed: the newly accepted ones.
    void ratingsStored(const QList<StoredRating> &ratings);
    // Kiosks gone offline and the daily digest, as of `now`.
    void check(const QDateTime &now);

private:
    struct Recipient
    {
        QString email;
        StaffRole role = StaffRole::Viewer;
        QString centreId; // empty: province-wide
    };
    // Those who chose `kind`, of the centre `centreId` or province-wide; everyone who chose it
    // when `centreId` is empty.
    QList<Recipient> recipients(const QString &kind, const QString &centreId);
    void send(const QString &kind, const QString &centreId,
              const std::function<MailMessage(const Recipient &)> &compose);
    void lowRuns(const QList<StoredRating> &ratings, const QDateTime &now);
    void kiosksOffline(const QDateTime &now, bool announce);
    void digest(const QDateTime &now);
    QString unitName(const QString &unitId);
    QString unitCentre(const QString &unitId);

    Storage &m_storage;
    IndicatorService &m_indicators;
    const SurveyProvider &m_surveys;
    std::optional<Settings> m_settings;
    std::unique_ptr<MailQueue> m_queue;
    QTimer m_timer;
    QHash<QString, QDateTime> m_offlineMailed; // kiosk -> the last_seen it was mailed for
    QHash<QString, QDateTime> m_runMailed; // unit and counter -> when its last low-run mail went
    QDate m_digestDone;
};

} // namespace hailong
