#include "services/RatingIngest.h"

#include "crypto/SecretDigest.h"
#include "privacy/PiiMasker.h"
#include "rating/RatingValidator.h"

#include <cstdlib>

namespace hailong {

QJsonObject RatingOutcome::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
        json.insert(QStringLiteral("message"), message);
    }
    return json;
}

RatingIngest::RatingIngest(Storage &storage, const SurveyProvider &surveys, QByteArray secretKey)
    : m_storage(storage)
    , m_surveys(surveys)
    , m_secretKey(std::move(secretKey))
{}

StoredRating RatingIngest::prepareRating(const Rating &rating, const AuthenticatedKiosk &kiosk,
                                         const QDateTime &receivedAt,
                                         std::optional<qint64> skewSeconds) const
{
    StoredRating stored;
    // The fingerprint covers what the kiosk sent, before masking, so a resend matches.
    stored.fingerprint = SecretDigest::keyed(m_secretKey, rating.canonicalForm());
    stored.rating = rating;
    stored.rating.comment = PiiMasker::mask(rating.comment);
    stored.rating.dossier.clear();
    if (!rating.dossier.isEmpty())
        stored.dossierHash = SecretDigest::keyed(m_secretKey, rating.dossier.toUtf8());
    stored.kioskId = kiosk.kiosk.id;
    stored.unitId = kiosk.unit.id;
    stored.unitKind = kiosk.unit.kind;
    const SurveyDefinition *survey = m_surveys.catalog().find(rating.survey);
    stored.satisfied = survey && survey->isSatisfied(rating.overall);
    stored.tied = rating.isTiedToProcedure();
    stored.receivedAt = receivedAt;
    stored.effectiveAt = rating.createdAt.toUTC();
    if (skewSeconds && std::llabs(*skewSeconds) > clockToleranceSeconds) {
        stored.effectiveAt = stored.effectiveAt.addSecs(*skewSeconds);
        stored.clockSkew = true;
        stored.clockSkewSeconds = *skewSeconds;
    }
    if (stored.effectiveAt.secsTo(receivedAt) < -futureToleranceSeconds) {
        stored.clockSkewSeconds =
            stored.clockSkewSeconds.value_or(0) + stored.effectiveAt.secsTo(receivedAt);
        stored.effectiveAt = receivedAt;
        stored.clockSkew = true;
    }
    return stored;
}

QList<RatingOutcome> RatingIngest::ingest(const QJsonArray &ratings,
                                          const AuthenticatedKiosk &kiosk,
                                          const QDateTime &receivedAt,
                                          const std::optional<QDateTime> &kioskClock)
{
    PreparedBatch batch = prepare(ratings, kiosk, receivedAt, kioskClock);
    store({&batch});
    return batch.outcomes;
}

PreparedBatch RatingIngest::prepare(const QJsonArray &ratings, const AuthenticatedKiosk &kiosk,
                                    const QDateTime &receivedAt,
                                    const std::optional<QDateTime> &kioskClock) const
{
    std::optional<qint64> skewSeconds;
    if (kioskClock) {
        skewSeconds = kioskClock->secsTo(receivedAt);
        // Kept in memory by the storage and written with the ratings' transaction.
        m_storage.recordKioskClockSkew(kiosk.kiosk.id, *skewSeconds);
    }
    const RatingValidator validator(m_surveys.catalog());
    PreparedBatch batch;
    for (const QJsonValue &value : ratings) {
        RatingOutcome outcome;
        outcome.id = value.toObject().value(QLatin1String("id"));
        if (outcome.id.isUndefined())
            outcome.id = QJsonValue::Null;
        const Result<Rating> rating = validator.validate(value);
        if (!rating) {
            outcome.status = QStringLiteral("rejected");
            outcome.error = rating.error().code;
            outcome.message = rating.error().message;
        } else {
            batch.storedIndex.append(int(batch.outcomes.size()));
            batch.toStore.append(prepareRating(rating.value(), kiosk, receivedAt, skewSeconds));
        }
        batch.outcomes.append(outcome);
    }
    return batch;
}

void RatingIngest::store(const QList<PreparedBatch *> &batches)
{
    QList<StoredRating> toStore;
    for (const PreparedBatch *batch : batches)
        toStore += batch->toStore;
    if (toStore.isEmpty())
        return;

    const QList<StoreOutcome> stored = m_storage.storeRatings(toStore);
    qsizetype next = 0;
    for (PreparedBatch *batch : batches) {
        for (const int index : std::as_const(batch->storedIndex)) {
            RatingOutcome &outcome = batch->outcomes[index];
            switch (stored.at(next++)) {
            case StoreOutcome::Accepted:
                outcome.status = QStringLiteral("accepted");
                break;
            case StoreOutcome::Duplicate:
                outcome.status = QStringLiteral("duplicate");
                break;
            case StoreOutcome::Conflict:
                outcome.status = QStringLiteral("rejected");
                outcome.error = QStringLiteral("conflict");
                outcome.message = QStringLiteral("Mã đánh giá đã dùng cho nội dung khác / this id "
                                                 "was already stored with other content");
                break;
            }
        }
    }
}

QJsonObject RatingIngest::resultsJson(const QList<RatingOutcome> &outcomes)
{
    QJsonArray results;
    for (const RatingOutcome &outcome : outcomes)
        results.append(outcome.toJson());
    return {{QStringLiteral("results"), results}};
}

} // namespace hailong
