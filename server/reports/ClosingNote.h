#pragma once

#include "ReportDocument.h"

#include <QStringList>

namespace hailong {

// What a report of a closed period says under its appendix table, in the document's language:
// who closed the figures and when, and the ratings dated in the period that arrived since,
// which the figures above leave out. Empty for an open period.
QStringList closingNote(const ReportDocument &document);

} // namespace hailong
