#pragma once

#include "Result.h"
#include "StaffSheet.h"

#include <QByteArray>

namespace hailong {

// A staff member's yearly sheet as one A4 portrait page in Vietnamese, set like the report
// (PdfReportWriter): the issuing body and national motto, who and which year, the year's
// figures with the shrunk rate, rank and the centre's mean, a row per quarter, the reasons
// citizens ticked (the most frequent, so the page never runs over) and room to sign. Needs a
// QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).
class StaffSheetPdfWriter
{
public:
    // The most reasons the page lists; the rest are summed on one line.
    static constexpr int maxReasons = 12;

    // Errors: "report-failed" when no font with Vietnamese glyphs is installed or the PDF
    // cannot be painted.
    static Result<QByteArray> write(const StaffSheet &sheet);
};

} // namespace hailong
