#pragma once

#include "crypto/SecretDigest.h"
#include "services/SurveyProvider.h"
#include "storage/Storage.h"
#include "wire/RatingBatchAnswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace hailong {

// A kiosk's batch, validated and prepared, waiting for the transaction that stores it.
struct PreparedBatch
{
    RatingBatchAnswer answer;    // "rejected" results final; the rest filled in by store()
    QList<StoredRating> toStore; // the valid ratings, in the order sent
    QList<int> storedIndex;      // result position of each rating in toStore
};

// Turns a batch from a kiosk into stored ratings: validates each, masks what could identify
// a citizen, hashes the dossier under the server key, and stores the valid ones in one
// transaction (prepare(), then store(), which shares commits with other requests'). A
// rating's content fingerprint (keyed hash of its canonical form, as sent) tells an identical
// resend (duplicate) from a reused id (conflict).
//
// The counter is the kiosk's, from its enrolment: a rating naming another is rejected with
// "counter-mismatch", one naming none (a citizen who walked up without a counter prompt) is
// stored with the kiosk's counter.
//
// Which instant decides a rating's day and period (its effective time):
// - the kiosk sent its clock (HTTP Date) and it is more than 5 minutes off the receive time:
//   skew = received − Date, effective = created_at + skew, flagged clock_skew;
// - else created_at, unless it is more than 10 minutes after the receive time (nobody rates
//   in the future): then the receive time, flagged clock_skew.
// A rating dated in the past (an outbox backlog sent late) keeps its created_at.
class RatingIngest
{
public:
    RatingIngest(Storage &storage, const SurveyProvider &surveys, QByteArray secretKey);

    // Throws StorageError when the batch could not be committed: then nothing of it is kept.
    static constexpr qint64 clockToleranceSeconds = 5 * 60;
    static constexpr qint64 futureToleranceSeconds = 10 * 60;

    // Validates a batch and prepares its valid ratings; stores nothing (the kiosk's clock
    // skew waits in memory for the commit). `kioskClock` is the batch's Date header, when the
    // kiosk sent one; the measured skew is also kept as the kiosk's last seen skew.
    PreparedBatch prepare(const QJsonArray &ratings, const AuthenticatedKiosk &kiosk,
                          const QDateTime &receivedAt,
                          const std::optional<QDateTime> &kioskClock = std::nullopt) const;
    // Stores the batch's valid ratings on the storage's commit thread, in a transaction it may
    // share with batches handed over just before or after (stored as if they came one after
    // the other in that order: an id in two of them is stored once, the later one being a
    // duplicate or a conflict), fills in its results and then calls `done` on this thread —
    // with the fault when that transaction could not be committed and nothing of it is kept.
    // The batch must stay alive as long as `context`; nothing is called once `context` is
    // gone. A batch that needs no storage (every rating rejected) is answered at once.
    void store(PreparedBatch &batch, QObject *context,
               std::function<void(std::optional<StorageError> fault)> done);

    // A citizen's rating through a dossier's link: validated, masked and fingerprinted as a
    // kiosk's, but from no kiosk (empty kiosk id, seq 0, no counter), with the dossier's unit,
    // field, procedure and staff, tied to the dossier's code hash and dated when it arrived
    // (`rating` carries created_at = receivedAt). Errors: the validator's.
    Result<StoredRating> prepareLinkRating(const QJsonObject &rating, const StoredDossier &dossier,
                                           const UnitRecord &unit,
                                           const QDateTime &receivedAt) const;

    // `listener` hears of every rating newly stored (accepted, not a duplicate or a conflict),
    // on this thread once its transaction committed: what staff notifications start from.
    void onStored(std::function<void(const QList<StoredRating> &)> listener);
    void announceStored(const QList<StoredRating> &accepted) const;

private:
    StoredRating prepareRating(const Rating &rating, const AuthenticatedKiosk &kiosk,
                               const QDateTime &receivedAt,
                               std::optional<qint64> skewSeconds) const;

    Storage &m_storage;
    const SurveyProvider &m_surveys;
    KeyedDigest m_keyedDigest; // the server key, prepared once for every rating
    std::function<void(const QList<StoredRating> &)> m_storedListener;
};

} // namespace hailong
