#include "ProvinceReportXlsx.h"

#include "ReportDocument.h"
#include "VietnameseFormat.h"
#include "XlsxSheet.h"

namespace hailong {

namespace {
lxw_error fillWorkbook(lxw_workbook *book, const ProvinceReportDocument &document)
{
    const auto bordered = [book] {
        lxw_format *format = workbook_add_format(book);
        format_set_font_name(format, "Times New Roman");
        format_set_font_size(format, 12);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        return format;
    };
    lxw_format *title = workbook_add_format(book);
    format_set_font_name(title, "Times New Roman");
    format_set_font_size(title, 14);
    format_set_bold(title);
    lxw_format *plain = workbook_add_format(book);
    format_set_font_name(plain, "Times New Roman");
    format_set_font_size(plain, 12);
    lxw_format *header = bordered();
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_bg_color(header, 0xE7ECF2);
    lxw_format *text = bordered();
    format_set_text_wrap(text);
    lxw_format *centred = bordered();
    format_set_align(centred, LXW_ALIGN_CENTER);
    lxw_format *integer = bordered();
    format_set_num_format(integer, "#,##0");
    lxw_format *rate = bordered();
    format_set_num_format(rate, "0.0");
    lxw_format *met = bordered();
    format_set_align(met, LXW_ALIGN_CENTER);
    format_set_bold(met);
    format_set_font_color(met, 0x1E7B34);
    lxw_format *notMet = bordered();
    format_set_align(notMet, LXW_ALIGN_CENTER);
    format_set_bold(notMet);
    format_set_font_color(notMet, 0xB3261E);

    const ProvinceReportWords words(document.language);
    const ReportHeadings &headings = words.headings();
    const ProvinceFigures &figures = document.figures;
    XlsxSheet sheet(workbook_add_worksheet(book, words.sheetName().toUtf8().constData()));
    const QList<IndicatorDefinition> indicators = document.indicators();
    const QStringList centreHeaders = words.centreHeaders();
    const QStringList indicatorHeaders = words.indicatorHeaders();
    const int firstIndicatorCol = int(centreHeaders.size());
    const int lastCol = firstIndicatorCol + int(indicators.size() * indicatorHeaders.size()) - 1;
    sheet.width(0, 0, 5);
    sheet.width(1, 1, 18);
    sheet.width(2, 2, 28);
    sheet.width(3, lastCol, 13);

    sheet.text(0, 0, headings.issuer(document.issuerName), title);
    sheet.text(1, 0, words.title(), title);
    sheet.text(2, 0, headings.periodLine(figures.period), plain);
    sheet.text(3, 0, headings.ruleLine(figures.period.rule()), plain);
    sheet.text(4, 0,
               headings.generatedLabel() + QStringLiteral(": ") +
                   VietnameseFormat::dateTime(document.generatedAt),
               plain);
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        sheet.text(5, 0, dataUntil, plain);

    constexpr int groupRow = 7;
    constexpr int headerRow = groupRow + 1;
    sheet.keepInView(headerRow + 1, 3);
    // An indicator's name runs to three lines over its four columns, a heading to two.
    sheet.height(groupRow, 48);
    sheet.height(headerRow, 32);
    for (int col = 0; col < centreHeaders.size(); ++col) {
        sheet.text(groupRow, col, QString(), header);
        sheet.text(headerRow, col, centreHeaders.at(col), header);
    }
    for (int i = 0; i < indicators.size(); ++i) {
        const int first = firstIndicatorCol + i * int(indicatorHeaders.size());
        sheet.merged(groupRow, first, first + int(indicatorHeaders.size()) - 1,
                     localized(indicators.at(i).name, document.language), header);
        for (int j = 0; j < indicatorHeaders.size(); ++j)
            sheet.text(headerRow, first + j, indicatorHeaders.at(j), header);
    }

    const bool complete = document.periodComplete();
    for (int i = 0; i < figures.centres.size(); ++i) {
        const CentreFigures &centre = figures.centres.at(i);
        const int row = headerRow + 1 + i;
        sheet.number(row, 0, i + 1, centred);
        sheet.text(row, 1, centre.id, centred);
        sheet.text(row, 2, centre.name, text);
        sheet.number(row, 3, double(centre.n), integer);
        sheet.rateOrDash(row, 4, centre.rate, rate, centred);
        sheet.text(row, 5, VietnameseFormat::interval(centre.ciLow, centre.ciHigh), centred);
        sheet.rateOrDash(row, 6, centre.shrunkRate, rate, centred);
        for (int j = 0; j < centre.indicators.size(); ++j) {
            const IndicatorResult &result = centre.indicators.at(j);
            const int col = firstIndicatorCol + j * int(indicatorHeaders.size());
            sheet.number(row, col, double(result.n), integer);
            sheet.rateOrDash(row, col + 1, result.rate, rate, centred);
            sheet.text(row, col + 2, VietnameseFormat::interval(result.ciLow, result.ciHigh),
                       centred);
            lxw_format *verdict = !result.status                           ? centred
                                  : *result.status == IndicatorStatus::Met ? met
                                                                           : notMet;
            sheet.text(row, col + 3, verdictWord(result, complete, document.language), verdict);
        }
    }
    const int noteRow = headerRow + 2 + int(figures.centres.size());
    sheet.text(noteRow, 0, words.provinceLine(figures), plain);
    sheet.text(noteRow + 1, 0, words.shrinkNote(figures), plain);
    sheet.text(noteRow + 2, 0, headings.methodNote(), plain);

    return sheet.error();
}
} // namespace

Result<QByteArray> ProvinceReportXlsx::write(const ProvinceReportDocument &document)
{
    return xlsxWorkbook(QStringLiteral("province.xlsx"),
                        [&document](lxw_workbook *book) { return fillWorkbook(book, document); });
}

} // namespace hailong
