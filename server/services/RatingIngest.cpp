#include "services/RatingIngest.h"

#include "privacy/PiiMasker.h"
#include "rating/RatingValidator.h"

#include <cstdlib>

namespace hailong {

namespace {
// A kiosk rates for the counter it is enrolled at: a rating naming another counter is refused
// (a kiosk must not put ratings on a colleague's counter), one naming none is stored with the
// kiosk's. A kiosk enrolled without a counter serves no counter (counter prompts only reach
// kiosks at one), so any counter it names is refused too.
std::optional<ValidationError> counterMismatch(const Rating &rating, const KioskRecord &kiosk)
{
    if (rating.counter.isEmpty() || rating.counter == kiosk.counter)
        return std::nullopt;
    return ValidationError{QStringLiteral("counter-mismatch"),
                           QStringLiteral("Đánh giá ghi quầy \"%1\", kiosk đặt tại quầy \"%2\" / "
                                          "the rating names counter \"%1\", the kiosk stands at "
                                          "\"%2\"")
                               .arg(rating.counter, kiosk.counter)};
}
} // namespace

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
    stored.rating.counter = kiosk.kiosk.counter;
    stored.kioskId = kiosk.kiosk.id;
    stored.unitId = kiosk.unit.id;
    stored.unitKind = kiosk.unit.kind;
    stored.centreId = kiosk.unit.centreId;
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
        RatingResult result;
        result.id = value.toObject().value(QLatin1String("id"));
        if (result.id.isUndefined())
            result.id = QJsonValue::Null;
        const Result<Rating> rating = validator.validate(value);
        const std::optional<ValidationError> refusal =
            rating ? counterMismatch(rating.value(), kiosk.kiosk) : rating.error();
        if (refusal) {
            result.status = RatingStatus::Rejected;
            result.error = refusal->code;
            result.message = refusal->message;
        } else {
            batch.storedIndex.append(int(batch.answer.results.size()));
            batch.toStore.append(prepareRating(rating.value(), kiosk, receivedAt, skewSeconds));
        }
        batch.answer.results.append(result);
    }
    return batch;
}

namespace {
void applyOutcomes(PreparedBatch &batch, const QList<StoreOutcome> &stored)
{
    qsizetype next = 0;
    for (const int index : std::as_const(batch.storedIndex)) {
        RatingResult &result = batch.answer.results[index];
        switch (stored.at(next++)) {
        case StoreOutcome::Accepted:
            result.status = RatingStatus::Accepted;
            break;
        case StoreOutcome::Duplicate:
            result.status = RatingStatus::Duplicate;
            break;
        case StoreOutcome::Conflict:
            result.status = RatingStatus::Rejected;
            result.error = QStringLiteral("conflict");
            result.message = QStringLiteral("Mã đánh giá đã dùng cho nội dung khác / this id "
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
        batch.toStore, context,
        [this, &batch, done = std::move(done)](Storage::StoreResult result) {
            if (const auto *fault = std::get_if<StorageError>(&result)) {
                done(*fault);
                return;
            }
            const QList<StoreOutcome> &outcomes = std::get<QList<StoreOutcome>>(result);
            applyOutcomes(batch, outcomes);
            // Read before done(), which may free the batch; told after the kiosk's answer.
            QList<StoredRating> accepted;
            for (qsizetype i = 0; i < outcomes.size() && i < batch.toStore.size(); ++i) {
                if (outcomes.at(i) == StoreOutcome::Accepted)
                    accepted.append(batch.toStore.at(i));
            }
            done(std::nullopt);
            announceStored(accepted);
        });
}

void RatingIngest::onStored(std::function<void(const QList<StoredRating> &)> listener)
{
    m_storedListener = std::move(listener);
}

void RatingIngest::announceStored(const QList<StoredRating> &accepted) const
{
    if (m_storedListener && !accepted.isEmpty())
        m_storedListener(accepted);
}

Result<StoredRating> RatingIngest::prepareLinkRating(const QJsonObject &rating,
                                                     const StoredDossier &dossier,
                                                     const UnitRecord &unit,
                                                     const QDateTime &receivedAt) const
{
    Result<Rating> valid = RatingValidator(m_surveys.catalog()).validate(rating);
    if (!valid)
        return valid.error();
    Rating linked = valid.value();
    linked.field = dossier.dossier.field;
    linked.procedure = dossier.dossier.procedure;
    linked.staff = dossier.dossier.staff;
    StoredRating stored =
        prepareRating(linked, AuthenticatedKiosk{KioskRecord{}, unit}, receivedAt, std::nullopt);
    stored.dossierHash = dossier.codeHash;
    stored.tied = true;
    stored.channel = QStringLiteral("link");
    return stored;
}

} // namespace hailong
