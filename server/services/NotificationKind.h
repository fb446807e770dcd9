#pragma once

#include <QString>
#include <QStringList>

namespace hailong {

// The kinds of e-mail notice a staff member may choose (the codes of
// /api/v1/me/notifications):
//   low-with-comment  a rating at level 1–2 that carries a comment;
//   low-run           a run of low ratings at one counter (LowRatingRun);
//   kiosk-offline     a kiosk not seen for 15 minutes, as the alert says, once when it goes;
//   daily-digest      the day's figures after closing time.
namespace NotificationKind {
inline const QString lowWithComment = QStringLiteral("low-with-comment");
inline const QString lowRun = QStringLiteral("low-run");
inline const QString kioskOffline = QStringLiteral("kiosk-offline");
inline const QString dailyDigest = QStringLiteral("daily-digest");

inline QStringList all()
{
    return {lowWithComment, lowRun, kioskOffline, dailyDigest};
}
} // namespace NotificationKind

} // namespace hailong
