#include "services/LinkRatingIngest.h"

#include "services/CentreTitle.h"
#include "survey/BuiltInSurveys.h"

#include <QRegularExpression>
#include <QUuid>

namespace hailong {

namespace {
// Link ratings' ids are name-based UUIDs in a namespace of their own.
const QUuid linkRatingIds(QStringLiteral("8f0d6c2e-4b1a-4c55-9e3d-2a7b1f60c9d4"));

ValidationError refusal(LinkState state)
{
    switch (state) {
    case LinkState::Used:
        return {QStringLiteral("link-used"),
                QStringLiteral("Hồ sơ đã được đánh giá / this dossier has been rated already")};
    case LinkState::Expired:
        return {QStringLiteral("link-expired"),
                QStringLiteral("Liên kết đã hết hạn / this rating link has expired")};
    case LinkState::Unknown:
    case LinkState::Open:
        break;
    }
    return {QStringLiteral("unknown-link"),
            QStringLiteral("Không có liên kết này / no such rating link")};
}
} // namespace

QString linkStateCode(LinkState state)
{
    switch (state) {
    case LinkState::Open:
        return QStringLiteral("open");
    case LinkState::Used:
        return QStringLiteral("used");
    case LinkState::Expired:
        return QStringLiteral("expired");
    case LinkState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

LinkRatingIngest::LinkRatingIngest(Storage &storage, const RatingIngest &ingest,
                                   const SurveyProvider &surveys, const DossierIntake &dossiers,
                                   RatingLinks links, QString centreName)
    : m_storage(storage)
    , m_ingest(ingest)
    , m_surveys(surveys)
    , m_dossiers(dossiers)
    , m_links(std::move(links))
    , m_centreName(std::move(centreName))
{}

LinkRatingIngest::Lookup LinkRatingIngest::lookUp(const QString &token, const QDateTime &now)
{
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    Lookup lookup;
    if (!tokenForm.match(token).hasMatch())
        return lookup;
    lookup.dossier = m_storage.dossierByLinkDigest(m_links.digest(token));
    if (!lookup.dossier)
        return lookup;
    if (m_storage.dossierRated(lookup.dossier->codeHash, lookup.dossier->centreId))
        lookup.state = LinkState::Used;
    else if (now >= lookup.dossier->linkExpiresAt)
        lookup.state = LinkState::Expired;
    else
        lookup.state = LinkState::Open;
    return lookup;
}

const SurveyDefinition &LinkRatingIngest::surveyFor(const std::optional<UnitRecord> &unit) const
{
    const SurveyDefinition *survey =
        m_surveys.catalog().find(BuiltInSurveys::idForKind(unit ? unit->kind : UnitKind::Admin));
    // The catalogue always holds the built-in default.
    return survey ? *survey : *m_surveys.catalog().find(QStringLiteral("default"));
}

QJsonObject LinkRatingIngest::pageData(const QString &token, const QDateTime &now)
{
    const Lookup lookup = lookUp(token, now);
    const std::optional<UnitRecord> unit =
        lookup.dossier ? m_storage.unit(lookup.dossier->dossier.unit) : std::nullopt;
    return {{QStringLiteral("state"), linkStateCode(lookup.state)},
            {QStringLiteral("centre"),
             (lookup.dossier ? centreTitle(m_storage, lookup.dossier->centreId) : std::nullopt)
                 .value_or(m_centreName)},
            {QStringLiteral("survey"), surveyFor(unit).toJson()}};
}

Result<bool> LinkRatingIngest::submit(const QJsonObject &body, const QDateTime &receivedAt)
{
    const QJsonValue link = body.value(QLatin1String("link"));
    if (!link.isString())
        return ValidationError{QStringLiteral("invalid-link"),
                               QStringLiteral("\"link\" must be the link's token")};
    const Lookup lookup = lookUp(link.toString(), receivedAt);
    if (lookup.state != LinkState::Open)
        return refusal(lookup.state);
    const std::optional<UnitRecord> unit = m_storage.unit(lookup.dossier->dossier.unit);
    if (!unit)
        return refusal(LinkState::Unknown);

    // Only what the citizen answers comes from the body; the rest is the server's.
    QJsonObject rating{
        {QStringLiteral("id"),
         QUuid::createUuidV5(linkRatingIds, lookup.dossier->linkDigest.toLatin1())
             .toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("seq"), 0},
        {QStringLiteral("survey"), surveyFor(unit).id}};
    for (const char *answer : {"overall", "reasons", "comment", "lang"}) {
        const QJsonValue value = body.value(QLatin1String(answer));
        if (!value.isUndefined())
            rating.insert(QLatin1String(answer), value);
    }
    const Result<StoredRating> stored =
        m_ingest.prepareLinkRating(rating, *lookup.dossier, *unit, receivedAt);
    if (!stored)
        return stored.error();
    // An id stored already: another send of this link got there first.
    if (m_storage.storeRatings({stored.value()}).value(0) != StoreOutcome::Accepted)
        return refusal(LinkState::Used);
    m_ingest.announceStored({stored.value()});
    return true;
}

std::optional<DossierRatingLink> LinkRatingIngest::linkOf(const QString &code,
                                                          const QString &centre)
{
    const QString codeHash = m_dossiers.codeHash(code);
    const std::optional<StoredDossier> dossier = m_storage.dossier(codeHash, centre);
    if (!dossier)
        return std::nullopt;
    return DossierRatingLink{m_links.url(m_links.tokenOf(*dossier)), dossier->linkExpiresAt,
                             m_storage.dossierRated(codeHash, dossier->centreId)};
}

} // namespace hailong
