#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QByteArray>

namespace hailong {

// The PDF's document as an editable Word file (officers finish and sign reports in Word):
// the same head, sections, tables, charts (as PNG pictures) and signature block, A4 with the
// margins and font of Nghị định 30/2020/NĐ-CP. The container is written by libzip, the XML by
// QXmlStreamWriter. Needs a QGuiApplication for the charts' words, as the PDF does.
// Errors: "report-failed".
class DocxReportWriter
{
public:
    static Result<QByteArray> write(const ReportDocument &document);
};

} // namespace hailong
