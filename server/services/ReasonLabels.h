#pragma once

#include "ReportDocument.h"
#include "survey/SurveyCatalog.h"

#include <QHash>

namespace hailong {

// Reason codes counted on ratings, with the words and kind ("what went well" or "what went
// wrong") of the first survey that defines each (the code itself when none does), most frequent
// first. What the report and the staff sheet print.
QList<ReasonCount> labelledReasons(const QHash<QString, qint64> &counts,
                                   const SurveyCatalog &catalog);

} // namespace hailong
