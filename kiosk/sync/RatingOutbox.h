#pragma once

#include "Result.h"
#include "rating/Rating.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace hailong {

// A rating waiting in the outbox: its id and the exact wire JSON that will be sent.
struct QueuedRating
{
    QUuid id;
    QByteArray body;
};

// The kiosk's own SQLite file (WAL, synchronous=FULL): the single source of truth for
// ratings the server has not acknowledged yet.
//
// A rating is written at the citizen's first tap, so a kiosk that dies mid-session still
// keeps the level. Until the session ends the row is *open*: the session may rewrite it
// (same id) as reasons and a comment arrive, and the sync client never sends it. When the
// session ends the row is *sealed*: from then on it is immutable and goes out oldest first.
// A row still open when the outbox is opened belonged to a session that the kiosk's death
// cut off; it is sealed as it was, with ended "timeout".
//
// Only ids the server acknowledged are removed. A rating the server rejects moves to a
// dead-letter table, never silently dropped, and shows in the staff status view.
class RatingOutbox : public QObject
{
    Q_OBJECT
public:
    // Throws std::runtime_error when the file cannot be opened or prepared: a kiosk that
    // cannot keep ratings must not pretend to take them.
    explicit RatingOutbox(const QString &path, QObject *parent = nullptr);
    ~RatingOutbox() override;

    // The next value of the kiosk-local rating counter (persistent, starts at 1).
    Result<qint64> nextSeq();

    // Writes or rewrites the rating of the running session. Error "sealed" if it was sealed.
    Result<QUuid> saveOpen(const Rating &rating);
    // Writes the final form of a rating and releases it for sending.
    Result<QUuid> seal(const Rating &rating);

    QList<QueuedRating> oldestSealed(int limit) const;
    Result<int> removeAcknowledged(const QList<QUuid> &ids);
    Result<QUuid> moveToDeadLetter(const QUuid &id, const QString &reason);

    int queuedCount() const; // open and sealed: every rating not yet on the server
    int sealedCount() const;
    int deadLetterCount() const;

signals:
    void ratingSealed();
    void countsChanged();

private:
    QString m_connectionName;

    Result<QUuid> write(const Rating &rating, bool sealed);
    int count(const QString &sql) const;
    void sealAbandonedSessions();
};

} // namespace hailong
