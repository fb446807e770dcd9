#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

namespace hailong {

// The dossiers table: the one-stop system's dossiers, one row per keyed code hash, updated
// when the same code comes again (its returned time arrives later). The rating link's digest
// and expiry are set when a dossier is first stored and never move.
class DossierTable
{
public:
    explicit DossierTable(const QSqlDatabase &db);

    // Inserts a dossier not stored yet, or updates the stored one (keeping its first-stored
    // time and link); sets firstStoredAt on the way in.
    DossierOutcome upsert(const StoredDossier &dossier, const QDateTime &now);
    // `centre`: that centre's; empty, any centre's.
    std::optional<StoredDossier> findByCodeHash(const QString &codeHash, const QString &centre);
    std::optional<StoredDossier> findByLinkDigest(const QString &linkDigest);
    // The dossiers returned in [from, to), with their counted ratings.
    // `centre`: that centre's dossiers; empty, every centre's.
    DossierTally tally(const QDateTime &from, const QDateTime &to, const QString &centre);

private:
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_byCode;
    SqlStatement m_byLink;
    SqlStatement m_returned;
    SqlStatement m_rated;
};

} // namespace hailong
