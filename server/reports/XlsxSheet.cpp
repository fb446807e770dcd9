#include "XlsxSheet.h"

#include "VietnameseFormat.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace hailong {

XlsxSheet::XlsxSheet(lxw_worksheet *sheet)
    : m_sheet(sheet)
{}

void XlsxSheet::text(int row, int col, const QString &value, lxw_format *format)
{
    remember(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col),
                                    value.toUtf8().constData(), format));
}

void XlsxSheet::number(int row, int col, double value, lxw_format *format)
{
    remember(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, format));
}

void XlsxSheet::rateOrDash(int row, int col, const std::optional<double> &rate,
                           lxw_format *numberFormat, lxw_format *textFormat)
{
    if (rate)
        number(row, col, VietnameseFormat::truncated(*rate), numberFormat);
    else
        text(row, col, QStringLiteral("—"), textFormat);
}

void XlsxSheet::merged(int row, int firstCol, int lastCol, const QString &value, lxw_format *format)
{
    remember(worksheet_merge_range(m_sheet, lxw_row_t(row), lxw_col_t(firstCol), lxw_row_t(row),
                                   lxw_col_t(lastCol), value.toUtf8().constData(), format));
}

void XlsxSheet::width(int firstCol, int lastCol, double characters)
{
    remember(worksheet_set_column(m_sheet, lxw_col_t(firstCol), lxw_col_t(lastCol), characters,
                                  nullptr));
}

void XlsxSheet::height(int row, double points)
{
    remember(worksheet_set_row(m_sheet, lxw_row_t(row), points, nullptr));
}

void XlsxSheet::keepInView(int firstRow, int firstCol)
{
    worksheet_set_landscape(m_sheet);
    worksheet_freeze_panes(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstCol));
}

void XlsxSheet::remember(lxw_error error)
{
    if (m_error == LXW_NO_ERROR)
        m_error = error;
}

namespace {
struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};
} // namespace

Result<QByteArray> xlsxWorkbook(const QString &fileName,
                                const std::function<lxw_error(lxw_workbook *)> &fill)
{
    const QTemporaryDir dir;
    if (!dir.isValid())
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("no temporary folder for the workbook")};
    const QByteArray path = QFile::encodeName(dir.filePath(fileName));
    QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(path.constData(), &options));
    if (!workbook)
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("libxlsxwriter could not start a workbook")};
    lxw_error failed = fill(workbook.get());
    const lxw_error closed = workbook_close(workbook.release());
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR)
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("libxlsxwriter: ") +
                                   QString::fromUtf8(lxw_strerror(failed))};
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("report-failed"), file.errorString()};
    return file.readAll();
}

} // namespace hailong
