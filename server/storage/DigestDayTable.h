#pragma once

#include "storage/SqlStatement.h"

#include <QDate>

namespace hailong {

// The digest_days table: the centre days whose daily digest was sent, so that a restart (or a
// second server process) never sends one twice.
class DigestDayTable
{
public:
    explicit DigestDayTable(const QSqlDatabase &db);

    // True when `day` was not claimed before; it is claimed from now on.
    bool claim(const QDate &day);

private:
    SqlStatement m_claim;
};

} // namespace hailong
