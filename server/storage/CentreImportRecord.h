#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace hailong {

// What `centre import` asks of the province's database: the rows of a standalone commune's
// database (a SQLite file at this program's schema, never the commune's original) brought in
// as the centre `centreId`.
struct CentreImportRequest
{
    QString sourcePath;
    QString centreId;
    QString centreName; // for the centre when it does not exist yet
};

// What one import did. `rows` per kind of record, in the order brought in: how many the
// commune has, and how many of them were new to the province on this run (0 on a run again).
struct CentreImportOutcome
{
    struct Rows
    {
        QString kind; // "units", "kiosks", …
        qint64 inCommune = 0;
        qint64 added = 0;
    };
    bool centreCreated = false;
    QList<Rows> rows;
    // Old users whose name the province already has (for another user): left out.
    QStringList usersLeftOut;
    // Old one-stop integrations whose name the province already has: left out.
    QStringList integrationsLeftOut;
    // The effective instants of the commune's first and last ratings; none without ratings.
    std::optional<QDateTime> firstRating;
    std::optional<QDateTime> lastRating;
};

} // namespace hailong
