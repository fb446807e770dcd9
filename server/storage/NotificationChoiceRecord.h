#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hailong {

// What one staff member asked to be told by e-mail: the address and the kinds of notice
// (NotificationKind codes). A member without a record gets no mail.
struct NotificationChoiceRecord
{
    QString user;
    QString email;
    QStringList kinds;
    QDateTime updatedAt;
    QString centreId = QStringLiteral("main"); // the user's centre; empty: province-wide
};

} // namespace hailong
