#pragma once

#include "crypto/SecretDigest.h"
#include "dossier/DossierCsv.h"
#include "services/Actor.h"
#include "services/RatingLinks.h"
#include "storage/Storage.h"

#include <QJsonArray>

namespace hailong {

struct DossierImportSummary
{
    qint64 imported = 0; // new dossiers
    qint64 updated = 0;  // codes stored before (or earlier in the file)
};

// One dossier of a POST /api/v1/dossiers body, as answered.
struct DossierSubmission
{
    QJsonValue code;                       // as sent; null when it sent none
    std::optional<DossierOutcome> outcome; // none when rejected
    ValidationError error;                 // when rejected
    QString ratingUrl;                     // when stored
};

// Dossiers from the one-stop system into storage, for the CSV import and the API alike: checks
// each (its unit must exist), keeps the code only as its keyed hash under the server key — the
// same hash as a rating's dossier, so the two meet — and gives each new dossier its rating link.
class DossierIntake
{
public:
    DossierIntake(Storage &storage, const QByteArray &secretKey, RatingLinks links);

    // `centre` (here and in submit): the centre the dossiers are filed in; a unit of another
    // centre is unknown. Every row or none: the first bad row comes back as "invalid-csv",
    // "line L: <reason>". Throws StorageError (nothing kept).
    Result<DossierImportSummary> importCsv(const QByteArray &content, const Actor &actor,
                                           const QString &centre);
    // Each dossier on its own: a rejected one never blocks the rest. Throws StorageError
    // (nothing kept).
    QList<DossierSubmission> submit(const QJsonArray &dossiers, const QString &centre);

    // The keyed hash a dossier code is kept as.
    QString codeHash(const QString &code) const;

private:
    std::optional<ValidationError> checkUnit(const Dossier &dossier, const QString &centre);
    StoredDossier toStore(const Dossier &dossier, const QString &centre,
                          const QDateTime &now) const;

    Storage &m_storage;
    KeyedDigest m_keyedDigest;
    RatingLinks m_links;
};

} // namespace hailong
