#include "services/RatingIngest.h"

#include "privacy/PiiMasker.h"
#include "rating/CanonicalJsonWriter.h"
#include "rating/RatingValidator.h"

#include <cstdlib>

namespace hailong {

RatingIngest::RatingIngest(Storage &storage, const SurveyProvider &surveys, QByteArray secretKey)
    : m_storage(storage)
    , m_surveys(surveys)
    , m_keyedDigest(secretKey)
{}

StoredRating RatingIngest::prepareRating(const Rating &rating, const AuthenticatedKiosk &kiosk,
                                         const QDateTime &receivedAt,
                                         std::optional<qint64> skewSeconds) const
{
    StoredRating stored;
    // The fingerprint covers what the kiosk sent, before masking, so a resend matches.
    stored.fingerprint = m_keyedDigest.hex(rating.canonicalForm());
    stored.rating = rating;
    stored.rating.comment = PiiMasker::mask(rating.comment);
    stored.rating.dossier.clear();
    if (!rating.dossier.isEmpty())
        stored.dossierHash = m_keyedDigest.hex(rating.dossier.toUtf8());
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

namespace {
void applyOutcomes(PreparedBatch &batch, const QList<StoreOutcome> &stored)
{
    qsizetype next = 0;
    for (const int index : std::as_const(batch.storedIndex)) {
        RatingOutcome &outcome = batch.outcomes[index];
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
} // namespace

void RatingIngest::store(PreparedBatch &batch, QObject *context,
                         std::function<void(std::optional<StorageError> fault)> done)
{
    if (batch.toStore.isEmpty()) {
        done(std::nullopt);
        return;
    }
    m_storage.storeRatingsInBackground(
        batch.toStore, context, [&batch, done = std::move(done)](Storage::StoreResult result) {
            if (const auto *fault = std::get_if<StorageError>(&result)) {
                done(*fault);
                return;
            }
            applyOutcomes(batch, std::get<QList<StoreOutcome>>(result));
            done(std::nullopt);
        });
}

QByteArray RatingIngest::resultsBody(const QList<RatingOutcome> &outcomes)
{
    // Written directly rather than through QJsonObject: this runs for every request.
    qsizetype capacity = 16;
    for (const RatingOutcome &outcome : outcomes)
        capacity +=
            48 + CanonicalJsonWriter::worstCaseStringBytes(
                     outcome.id.toString().size() + outcome.error.size() + outcome.message.size());
    CanonicalJsonWriter json(capacity);
    json.beginObject();
    json.key(QLatin1String("results"));
    json.beginArray();
    for (const RatingOutcome &outcome : outcomes) {
        json.beginObject();
        if (!outcome.error.isEmpty()) {
            json.key(QLatin1String("error"));
            json.string(outcome.error);
        }
        json.key(QLatin1String("id"));
        json.value(outcome.id);
        if (!outcome.error.isEmpty()) {
            json.key(QLatin1String("message"));
            json.string(outcome.message);
        }
        json.key(QLatin1String("status"));
        json.string(outcome.status);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

} // namespace hailong
