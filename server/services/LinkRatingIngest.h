#pragma once

#include "services/DossierIntake.h"
#include "services/RatingIngest.h"
#include "services/RatingLinks.h"
#include "services/SurveyProvider.h"
#include "storage/Storage.h"

#include <QJsonObject>
#include <optional>

namespace hailong {

// What a rating link can do: take a rating, or say why not.
enum class LinkState { Open, Used, Expired, Unknown };
QString linkStateCode(LinkState state); // "open" | "used" | "expired" | "unknown"

// A dossier's rating link as the one-stop system prints it again.
struct DossierRatingLink
{
    QString url;
    QDateTime expiresAt;
    bool used = false; // the dossier has its counted rating (through the link or a kiosk)
};

// Ratings by phone through a dossier's single-use link (GET /r/{token}, POST
// /api/v1/link-ratings): finds the dossier by the token's digest and says whether the link is
// open, used (the dossier has a counted rating, whichever way it came), expired or unknown;
// takes one rating per link through RatingIngest's validation and masking. The rating's id
// is derived from the link, so two sends racing for one link store one rating.
class LinkRatingIngest
{
public:
    LinkRatingIngest(Storage &storage, const RatingIngest &ingest, const SurveyProvider &surveys,
                     const DossierIntake &dossiers, RatingLinks links, QString centreName);

    // What the phone page shows: {"state","centre","survey"}. Throws StorageError.
    QJsonObject pageData(const QString &token, const QDateTime &now);
    // Stores the body's rating ({"link","overall","reasons"?,"comment"?,"lang"?}). Errors:
    // "unknown-link", "link-expired", "link-used", "invalid-link" and the rating validator's
    // codes. Throws StorageError (nothing kept).
    Result<bool> submit(const QJsonObject &body, const QDateTime &receivedAt);
    // The link of the dossier with this code in `centre` (empty: any centre's); none when no
    // such dossier. Throws StorageError.
    std::optional<DossierRatingLink> linkOf(const QString &code, const QString &centre);

private:
    struct Lookup
    {
        LinkState state = LinkState::Unknown;
        std::optional<StoredDossier> dossier;
    };
    Lookup lookUp(const QString &token, const QDateTime &now);
    // The survey the kiosks of a unit of that kind show; "default" for an unknown link.
    const SurveyDefinition &surveyFor(const std::optional<UnitRecord> &unit) const;

    Storage &m_storage;
    const RatingIngest &m_ingest;
    const SurveyProvider &m_surveys;
    const DossierIntake &m_dossiers;
    RatingLinks m_links;
    QString m_centreName;
};

} // namespace hailong
