#include "storage/DossierRatingTable.h"

namespace hailong {

DossierRatingTable::DossierRatingTable(const QSqlDatabase &db)
    : m_claim(db, QStringLiteral("INSERT INTO dossier_ratings (dossier_hash, rating_id, "
                                 "centre_id) VALUES (?, ?, ?) ON CONFLICT (centre_id, "
                                 "dossier_hash) DO NOTHING RETURNING rating_id"))
    , m_countRepeat(db, QStringLiteral("UPDATE dossier_ratings SET repeats = repeats + 1 WHERE "
                                       "centre_id = ? AND dossier_hash = ?"))
    , m_claimed(db, QStringLiteral("SELECT 1 FROM dossier_ratings WHERE centre_id = ? AND "
                                   "dossier_hash = ?"))
{}

bool DossierRatingTable::claim(const QString &dossierHash, const QString &ratingId,
                               const QString &centre)
{
    if (m_claim.run({dossierHash, ratingId, centre}).next())
        return true;
    m_countRepeat.run({centre, dossierHash});
    return false;
}

bool DossierRatingTable::isClaimed(const QString &dossierHash, const QString &centre)
{
    return m_claimed.run({centre, dossierHash}).next();
}

} // namespace hailong
