#pragma once

#include "Result.h"
#include "storage/CentreImportRecord.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlRecord>
#include <functional>

namespace hailong {

// Copies a standalone commune's database into a province's as one centre, in one transaction
// on the province's connection: the centre, units, kiosks (token digests, client certificate
// fingerprints, sequences), staff register, users, notification choices, one-stop
// integrations, ratings, dossiers, cases, closed periods, sent digests and the audit log, each
// row re-keyed to the centre; then that centre's rollups are built again from its ratings.
// Rows the province holds already are left as they are, so a run again adds nothing. A unit,
// kiosk or staff code the province has in another centre stops it before anything is written.
class CentreTransfer
{
public:
    CentreTransfer(QSqlDatabase target, SqlDialect dialect);

    // Errors: "id-conflict" (naming the ids), "source" (the commune's file cannot be read).
    // Throws StorageError when the province's transaction fails (nothing kept).
    Result<CentreImportOutcome> run(const CentreImportRequest &request);

private:
    // The ids the province holds in a centre other than `centre`, as "unit X (centre Y)".
    QStringList conflicts(const QSqlDatabase &source, const QString &centre);
    // Inserts every row `select` reads from the source whose key the province does not hold,
    // `centre_id` (where the table has one) set to the centre, unless `keep` turns it down.
    // Returns how many rows the source has and how many were added.
    CentreImportOutcome::Rows copy(const QSqlDatabase &source, const QString &kind,
                                   const QString &table, const QString &centre,
                                   const std::function<bool(const QSqlRecord &)> &keep = {});
    // Names of the source's rows (column `key` of `table`) that the province has for something
    // else: another row whose `same` column differs, or that belongs to another centre.
    QStringList namesTaken(const QSqlDatabase &source, const QString &table, const QString &key,
                           const QString &same, const QString &centre);
    // The commune's audit log, its entries now the centre's; those there already are left.
    CentreImportOutcome::Rows copyAuditLog(const QSqlDatabase &source, const QString &centre);
    void rebuildRollups(const QString &centre);

    QSqlDatabase m_target;
    SqlDialect m_dialect;
};

} // namespace hailong
