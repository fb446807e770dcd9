#include "storage/DossierRatingTable.h"

namespace hailong {

DossierRatingTable::DossierRatingTable(const QSqlDatabase &db)
    : m_claim(db, QStringLiteral("INSERT INTO dossier_ratings (dossier_hash, rating_id) VALUES "
                                 "(?, ?) ON CONFLICT (centre_id, dossier_hash) DO NOTHING "
                                 "RETURNING rating_id"))
    , m_countRepeat(db, QStringLiteral("UPDATE dossier_ratings SET repeats = repeats + 1 WHERE "
                                       "centre_id = 'main' AND dossier_hash = ?"))
    , m_claimed(db, QStringLiteral("SELECT 1 FROM dossier_ratings WHERE centre_id = 'main' AND "
                                   "dossier_hash = ?"))
{}

bool DossierRatingTable::claim(const QString &dossierHash, const QString &ratingId)
{
    if (m_claim.run({dossierHash, ratingId}).next())
        return true;
    m_countRepeat.run({dossierHash});
    return false;
}

bool DossierRatingTable::isClaimed(const QString &dossierHash)
{
    return m_claimed.run({dossierHash}).next();
}

} // namespace hailong
