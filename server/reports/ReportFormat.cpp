#include "ReportFormat.h"

#include "CsvReportWriter.h"
#include "DocxReportWriter.h"
#include "JsonReportWriter.h"
#include "PdfReportWriter.h"
#include "XlsxReportWriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hailong {

std::optional<ReportFormat> reportFormatFromCode(const QString &code)
{
    if (code == QLatin1String("json"))
        return ReportFormat::Json;
    if (code == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (code == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (code == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (code == QLatin1String("docx"))
        return ReportFormat::Docx;
    return std::nullopt;
}

QString reportFormatCode(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Docx:
        return QStringLiteral("docx");
    }
    return QStringLiteral("json");
}

QString ReportFile::fileName(const ReportDocument &document) const
{
    QString period = document.period.name();
    period.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]+")), QStringLiteral("_"));
    return QStringLiteral("hai-long-%1-%2.%3")
        .arg(period, periodRuleCode(document.period.rule()), extension);
}

Result<ReportFile> reportFileOf(ReportFormat format, Result<QByteArray> bytes)
{
    if (!bytes)
        return bytes.error();
    QString mimeType;
    switch (format) {
    case ReportFormat::Json:
        mimeType = QStringLiteral("application/json");
        break;
    case ReportFormat::Csv:
        mimeType = QStringLiteral("text/csv; charset=utf-8");
        break;
    case ReportFormat::Xlsx:
        mimeType =
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        break;
    case ReportFormat::Pdf:
        mimeType = QStringLiteral("application/pdf");
        break;
    case ReportFormat::Docx:
        mimeType = QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        break;
    }
    return ReportFile{std::move(bytes).value(), mimeType, reportFormatCode(format)};
}

Result<ReportFile> renderReport(const ReportDocument &document, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return reportFileOf(format, QJsonDocument(JsonReportWriter::toJson(document)).toJson());
    case ReportFormat::Csv:
        return reportFileOf(format, CsvReportWriter::write(document));
    case ReportFormat::Xlsx:
        return reportFileOf(format, XlsxReportWriter::write(document));
    case ReportFormat::Pdf:
        return reportFileOf(format, PdfReportWriter::write(document));
    case ReportFormat::Docx:
        return reportFileOf(format, DocxReportWriter::write(document));
    }
    return ValidationError{QStringLiteral("report-failed"), QStringLiteral("unknown format")};
}

} // namespace hailong
