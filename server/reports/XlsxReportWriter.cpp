#include "XlsxReportWriter.h"

#include "ClosingNote.h"
#include "ReportHeadings.h"
#include "ReportTables.h"
#include "VietnameseFormat.h"
#include "XlsxSheet.h"

namespace hailong {

namespace {

struct Formats
{
    lxw_format *title;
    lxw_format *bold;
    lxw_format *plain;
    lxw_format *header;
    lxw_format *cellText;
    lxw_format *cellCenter;
    lxw_format *cellInteger;
    lxw_format *cellRate;
    lxw_format *met;
    lxw_format *notMet;
    lxw_format *noVerdict;
};

lxw_format *bordered(lxw_workbook *workbook)
{
    lxw_format *format = workbook_add_format(workbook);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    format_set_font_name(format, "Times New Roman");
    format_set_font_size(format, 12);
    return format;
}

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f{};
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_font_name(f.title, "Times New Roman");
    format_set_align(f.title, LXW_ALIGN_CENTER);
    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);
    format_set_font_name(f.bold, "Times New Roman");
    format_set_font_size(f.bold, 12);
    f.plain = workbook_add_format(workbook);
    format_set_font_name(f.plain, "Times New Roman");
    format_set_font_size(f.plain, 12);
    format_set_italic(f.plain);

    f.header = bordered(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_bg_color(f.header, 0xE7ECF2);
    f.cellText = bordered(workbook);
    format_set_text_wrap(f.cellText);
    f.cellCenter = bordered(workbook);
    format_set_align(f.cellCenter, LXW_ALIGN_CENTER);
    f.cellInteger = bordered(workbook);
    format_set_num_format(f.cellInteger, "#,##0");
    f.cellRate = bordered(workbook);
    format_set_num_format(f.cellRate, "0.0");
    f.met = bordered(workbook);
    format_set_align(f.met, LXW_ALIGN_CENTER);
    format_set_bold(f.met);
    format_set_font_color(f.met, 0x1E7B34);
    f.notMet = bordered(workbook);
    format_set_align(f.notMet, LXW_ALIGN_CENTER);
    format_set_bold(f.notMet);
    format_set_font_color(f.notMet, 0xB3261E);
    f.noVerdict = bordered(workbook);
    format_set_align(f.noVerdict, LXW_ALIGN_CENTER);
    format_set_italic(f.noVerdict);
    return f;
}

lxw_format *verdictFormat(const Formats &f, const IndicatorResult &result)
{
    if (!result.status)
        return f.noVerdict;
    return *result.status == IndicatorStatus::Met ? f.met : f.notMet;
}

// The comparisons, breakdowns, reasons and comments, one table under another from `row`, as
// text cells (a comment is never read as a formula).
void writeAnalysis(XlsxSheet &sheet, int row, const ReportDocument &document, const Formats &f)
{
    for (const ReportTable &table : analysisTables(document)) {
        sheet.text(row++, 0, table.title, f.bold);
        for (int col = 0; col < table.headers.size(); ++col)
            sheet.text(row, col, table.headers.at(col), f.header);
        ++row;
        if (table.rows.isEmpty())
            sheet.text(row++, 0, table.emptyText, f.cellText);
        for (const QStringList &values : table.rows) {
            for (int col = 0; col < values.size(); ++col)
                sheet.text(row, col, values.at(col), col < 2 ? f.cellText : f.cellCenter);
            ++row;
        }
        ++row;
    }
}

lxw_error writeReportSheet(lxw_workbook *workbook, const ReportDocument &document, const Formats &f)
{
    const ReportHeadings words(document.language);
    const ReportLanguage language = document.language;
    XlsxSheet sheet(workbook_add_worksheet(
        workbook, language == ReportLanguage::English ? "Report" : "Báo cáo"));
    constexpr int lastCol = 9;
    sheet.width(0, 0, 5);
    sheet.width(1, 1, 46);
    sheet.width(2, 3, 22);
    sheet.width(4, 7, 12);
    sheet.width(8, 8, 16);
    sheet.width(9, 9, 14);

    sheet.text(0, 0, words.issuer(document.communeName), f.bold);
    sheet.merged(2, 0, lastCol, words.title(), f.title);
    sheet.merged(3, 0, lastCol, words.periodLine(document.period), f.bold);
    sheet.merged(4, 0, lastCol, words.ruleLine(document.period.rule()), f.plain);
    sheet.merged(5, 0, lastCol,
                 words.generatedLabel() + QStringLiteral(": ") +
                     VietnameseFormat::dateTime(document.generatedAt),
                 f.plain);
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        sheet.merged(6, 0, lastCol, dataUntil, f.bold);

    constexpr int headerRow = 7;
    const QStringList headers = words.columns(
        {ReportColumn::Number, ReportColumn::Indicator, ReportColumn::LeadAgency,
         ReportColumn::Partner, ReportColumn::Target, ReportColumn::Result, ReportColumn::Ratings,
         ReportColumn::Satisfied, ReportColumn::Interval, ReportColumn::Assessment});
    for (int col = 0; col < headers.size(); ++col)
        sheet.text(headerRow, col, headers.at(col), f.header);

    const QList<AppendixRow> appendix = document.appendixRows();
    for (int i = 0; i < appendix.size(); ++i) {
        const IndicatorResult &result = *appendix.at(i).result;
        const int row = headerRow + 1 + i;
        if (appendix.at(i).part)
            sheet.text(row, 0, QString(), f.cellCenter);
        else
            sheet.number(row, 0, appendix.at(i).number.toInt(), f.cellCenter);
        sheet.text(row, 1, appendixName(appendix.at(i), language), f.cellText);
        sheet.text(row, 2, localized(result.definition.lead, language), f.cellText);
        sheet.text(row, 3, localized(result.definition.partner, language), f.cellText);
        sheet.number(row, 4, result.definition.target, f.cellRate);
        sheet.rateOrDash(row, 5, result.rate, f.cellRate, f.cellCenter);
        sheet.number(row, 6, double(result.n), f.cellInteger);
        sheet.number(row, 7, double(result.satisfied), f.cellInteger);
        sheet.text(row, 8, VietnameseFormat::interval(result.ciLow, result.ciHigh), f.cellCenter);
        sheet.text(row, 9, verdictWord(result, document.periodComplete(), language),
                   verdictFormat(f, result));
    }
    const int noteRow = headerRow + 2 + int(document.indicators.size());
    sheet.text(noteRow, 1, words.methodNote(), f.plain);
    const QStringList closing = closingNote(document);
    for (int i = 0; i < closing.size(); ++i)
        sheet.text(noteRow + 1 + i, 1, closing.at(i), f.bold);
    writeAnalysis(sheet, noteRow + 2 + int(closing.size()), document, f);
    return sheet.error();
}

lxw_error writeCountsSheet(lxw_workbook *workbook, const ReportDocument &document, const Formats &f)
{
    const ReportHeadings words(document.language);
    const ReportLanguage language = document.language;
    XlsxSheet sheet(workbook_add_worksheet(
        workbook, language == ReportLanguage::English ? "Figures" : "Số liệu"));
    sheet.width(0, 0, 16);
    sheet.width(1, 1, 46);
    sheet.width(2, 10, 13);
    const QStringList headers =
        words.columns({ReportColumn::IndicatorId, ReportColumn::Indicator, ReportColumn::Target,
                       ReportColumn::Ratings, ReportColumn::Satisfied, ReportColumn::Unsatisfied,
                       ReportColumn::Rate, ReportColumn::IntervalLow, ReportColumn::IntervalHigh,
                       ReportColumn::Status, ReportColumn::Confidence});
    for (int col = 0; col < headers.size(); ++col)
        sheet.text(0, col, headers.at(col), f.header);
    for (int i = 0; i < document.indicators.size(); ++i) {
        const IndicatorResult &result = document.indicators.at(i);
        const int row = 1 + i;
        sheet.text(row, 0, result.definition.id, f.cellText);
        sheet.text(row, 1, localized(result.definition.name, language), f.cellText);
        sheet.number(row, 2, result.definition.target, f.cellRate);
        sheet.number(row, 3, double(result.n), f.cellInteger);
        sheet.number(row, 4, double(result.satisfied), f.cellInteger);
        sheet.number(row, 5, double(result.n - result.satisfied), f.cellInteger);
        sheet.rateOrDash(row, 6, result.rate, f.cellRate, f.cellCenter);
        sheet.rateOrDash(row, 7, result.ciLow, f.cellRate, f.cellCenter);
        sheet.rateOrDash(row, 8, result.ciHigh, f.cellRate, f.cellCenter);
        sheet.text(row, 9, verdictWord(result, document.periodComplete(), language),
                   verdictFormat(f, result));
        sheet.text(row, 10, confidenceWord(result, language), f.cellCenter);
    }

    int row = int(document.indicators.size()) + 2;
    if (document.trends.isEmpty())
        return sheet.error();
    sheet.text(row, 0,
               language == ReportLanguage::English ? QStringLiteral("Over time")
                                                   : QStringLiteral("Diễn biến theo thời gian"),
               f.bold);
    ++row;
    const QStringList trendHeaders =
        words.columns({ReportColumn::IndicatorId, ReportColumn::TrendStep, ReportColumn::Ratings,
                       ReportColumn::Satisfied, ReportColumn::Rate});
    for (int col = 0; col < trendHeaders.size(); ++col)
        sheet.text(row, col, trendHeaders.at(col), f.header);
    for (auto it = document.trends.cbegin(); it != document.trends.cend(); ++it) {
        for (const TrendPoint &point : it.value()) {
            ++row;
            sheet.text(row, 0, it.key(), f.cellText);
            sheet.text(row, 1, point.label, f.cellText);
            sheet.number(row, 2, double(point.n), f.cellInteger);
            sheet.number(row, 3, double(point.satisfied), f.cellInteger);
            sheet.rateOrDash(row, 4, point.rate, f.cellRate, f.cellCenter);
        }
    }
    return sheet.error();
}

} // namespace

Result<QByteArray> XlsxReportWriter::write(const ReportDocument &document)
{
    return xlsxWorkbook(QStringLiteral("report.xlsx"), [&document](lxw_workbook *workbook) {
        const Formats formats = makeFormats(workbook);
        const lxw_error failed = writeReportSheet(workbook, document, formats);
        return failed != LXW_NO_ERROR ? failed : writeCountsSheet(workbook, document, formats);
    });
}

} // namespace hailong
