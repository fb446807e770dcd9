#pragma once

#include "storage/Storage.h"

#include <QObject>
#include <QTimer>

namespace hailong {

// Citizens' comments are kept for a configured number of months (centre.json
// "comment_retention_months", default 24), then emptied; the ratings, and so every indicator
// and report figure, stay. `serve` purges at start and then once a day.
class CommentRetention : public QObject
{
    Q_OBJECT

public:
    CommentRetention(Storage &storage, int months, QObject *parent = nullptr);

    // The instant before which comments are purged.
    QDateTime cutoff(const QDateTime &now) const;
    // Purges now and every day after. Returns how many comments this first run emptied.
    int start();
    int purge(const QDateTime &now);

private:
    Storage &m_storage;
    int m_months;
    QTimer m_daily;
};

} // namespace hailong
