#pragma once

#include "storage/SqlStatement.h"

namespace hailong {

// The dossier_ratings table: the one counted rating of each dossier hash (the first received)
// and how many repeat ratings came after it. Written in the ratings' transaction.
class DossierRatingTable
{
public:
    explicit DossierRatingTable(const QSqlDatabase &db);

    // True when the rating is the first for its dossier, and so the counted one; false when
    // the dossier has one already, and then the repeat is counted. In PostgreSQL a concurrent
    // claim of the same dossier waits for the other transaction.
    // `centre`: the rating's (a dossier's ratings are its centre's).
    bool claim(const QString &dossierHash, const QString &ratingId, const QString &centre);
    // True when the dossier has its counted rating already.
    bool isClaimed(const QString &dossierHash, const QString &centre);

private:
    SqlStatement m_claim;
    SqlStatement m_countRepeat;
    SqlStatement m_claimed;
};

} // namespace hailong
