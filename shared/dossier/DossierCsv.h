#pragma once

#include "Result.h"
#include "dossier/Dossier.h"

#include <QByteArray>
#include <QList>

namespace hailong {

// A dossier read from a CSV file, with the line its record starts on.
struct DossierCsvRow
{
    int line = 0;
    Dossier dossier;
};

// The one-stop system's CSV export: UTF-8 (a byte order mark allowed), RFC 4180 quoting
// (fields in double quotes may hold commas, quotes doubled and line breaks), a header row
// naming Dossier::fieldNames() in any order. Every row is read, or none: the first fault
// comes back with the code "invalid-csv" and a message "line L: <reason>".
class DossierCsv
{
public:
    static Result<QList<DossierCsvRow>> read(const QByteArray &content);
};

} // namespace hailong
