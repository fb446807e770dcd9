#pragma once

#include "indicators/IndicatorCalculator.h"
#include "mail/MailMessage.h"
#include "storage/StorageRecords.h"
#include "survey/SurveyDefinition.h"

#include <QDate>
#include <optional>

namespace hailong {

// The words of each notice, in Vietnamese with full diacritics. They carry what the dashboard
// already shows the staff member and nothing more: never a staff name, never anything about a
// citizen beyond the comment as stored (phone and ID numbers masked), and a viewer's digest
// without the complaint cases a viewer does not see. `to` is left for the caller.
namespace NotificationMails {

struct Place
{
    QString unitName;
    QString counter;
};

// A rating at level 1–2 with a comment: where, when, the level, the reasons and the comment.
MailMessage lowWithComment(const StoredRating &stored, const SurveyDefinition *survey,
                           const Place &place, const QString &dashboardUrl);

// `lows` of the `recent` ratings at one counter within the last hour were at level 1–2.
MailMessage lowRun(const Place &place, int lows, int recent, const QList<StoredRating> &ratings,
                   const SurveyDefinition *survey, const QString &dashboardUrl);

MailMessage kioskOffline(const KioskRecord &kiosk, const QString &unitName, qint64 minutes,
                         const QString &dashboardUrl);

struct DailyFigures
{
    QDate date;
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate;
    QList<IndicatorResult> indicators;
    int minRatings = 30;
    qint64 low = 0;                     // ratings at level 1–2
    std::optional<qint64> casesWaiting; // none for a viewer
};

MailMessage dailyDigest(const DailyFigures &figures, const QString &dashboardUrl);

} // namespace NotificationMails

} // namespace hailong
