#pragma once

#include <QString>

namespace hailong {

// A query's condition on its rows' centre, bound with the centre's id twice: that centre's
// rows, or every centre's when the id is empty. A list of centres rather than
// "(? = '' OR centre_id = ?)", which no index can serve: an index that starts with the centre
// (the rollups', the ratings') then reads only the one centre's rows, or each centre's in turn.
inline QString centreFilter(const QString &column)
{
    return column + QStringLiteral(" IN (SELECT id FROM centres WHERE CAST(? AS TEXT) = '' OR "
                                   "id = ?)");
}

} // namespace hailong
