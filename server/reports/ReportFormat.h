#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hailong {

enum class ReportFormat { Json, Csv, Xlsx, Pdf, Docx };

// "json" | "csv" | "xlsx" | "pdf" | "docx" (exactly, lower case); anything else is none.
std::optional<ReportFormat> reportFormatFromCode(const QString &code);
QString reportFormatCode(ReportFormat format);

// A finished export: what to send or save.
struct ReportFile
{
    QByteArray bytes;
    QString mimeType;  // e.g. "text/csv; charset=utf-8"
    QString extension; // without the dot: "csv"
    // "hai-long-<period>-<rule>.<extension>", safe as a file name and in Content-Disposition.
    QString fileName(const ReportDocument &document) const;
};

// What a writer gave in `format`, with that format's MIME type and file extension, or its error.
Result<ReportFile> reportFileOf(ReportFormat format, Result<QByteArray> bytes);

// The one entry point for the server's report route and its `export` command: the same
// document gives the same numbers in every format. Errors: "report-failed".
Result<ReportFile> renderReport(const ReportDocument &document, ReportFormat format);

} // namespace hailong
