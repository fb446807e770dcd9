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

Result<ReportFile> renderReport(const ReportDocument &document, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return ReportFile{QJsonDocument(JsonReportWriter::toJson(document)).toJson(),
                          QStringLiteral("application/json"), QStringLiteral("json")};
    case ReportFormat::Csv:
        return ReportFile{CsvReportWriter::write(document),
                          QStringLiteral("text/csv; charset=utf-8"), QStringLiteral("csv")};
    case ReportFormat::Xlsx: {
        Result<QByteArray> bytes = XlsxReportWriter::write(document);
        if (!bytes)
            return bytes.error();
        return ReportFile{
            std::move(bytes).value(),
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            QStringLiteral("xlsx")};
    }
    case ReportFormat::Pdf: {
        Result<QByteArray> bytes = PdfReportWriter::write(document);
        if (!bytes)
            return bytes.error();
        return ReportFile{std::move(bytes).value(), QStringLiteral("application/pdf"),
                          QStringLiteral("pdf")};
    }
    case ReportFormat::Docx: {
        Result<QByteArray> bytes = DocxReportWriter::write(document);
        if (!bytes)
            return bytes.error();
        return ReportFile{
            std::move(bytes).value(),
            QStringLiteral(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            QStringLiteral("docx")};
    }
    }
    return ValidationError{QStringLiteral("report-failed"), QStringLiteral("unknown format")};
}

} // namespace hailong
