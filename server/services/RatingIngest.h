#pragma once

#include "services/SurveyProvider.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hailong {

// The answer for one rating of a batch.
struct RatingOutcome
{
    QJsonValue id;  // as the kiosk sent it (null when it sent none)
    QString status; // "accepted" | "duplicate" | "rejected"
    QString error;  // the validator's code, or "conflict"; empty unless rejected
    QString message;

    QJsonObject toJson() const;
};

// Turns a batch from a kiosk into stored ratings: validates each, masks what could identify
// a citizen, hashes the dossier under the server key, and stores the valid ones in one
// transaction. A rating's content fingerprint (keyed hash of its canonical form) tells an
// identical resend (duplicate) from a reused id (conflict).
class RatingIngest
{
public:
    RatingIngest(Storage &storage, const SurveyProvider &surveys, QByteArray secretKey);

    // Throws StorageError when the batch could not be committed: then nothing of it is kept.
    QList<RatingOutcome> ingest(const QJsonArray &ratings, const AuthenticatedKiosk &kiosk,
                                const QDateTime &receivedAt);

    static QJsonObject resultsJson(const QList<RatingOutcome> &outcomes);

private:
    StoredRating prepare(const Rating &rating, const AuthenticatedKiosk &kiosk,
                         const QDateTime &receivedAt) const;

    Storage &m_storage;
    const SurveyProvider &m_surveys;
    QByteArray m_secretKey;
};

} // namespace hailong
