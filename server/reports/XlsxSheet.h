#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>
#include <xlsxwriter.h>

namespace hailong {

// One worksheet written cell by cell with libxlsxwriter, keeping the first error any call
// gives (a cell it refused) for the workbook's writer to report.
class XlsxSheet
{
public:
    explicit XlsxSheet(lxw_worksheet *sheet);

    void text(int row, int col, const QString &value, lxw_format *format = nullptr);
    void number(int row, int col, double value, lxw_format *format = nullptr);
    // A rate cut to one decimal as the reports print it, or "—" when there is none.
    void rateOrDash(int row, int col, const std::optional<double> &rate, lxw_format *numberFormat,
                    lxw_format *textFormat);
    void merged(int row, int firstCol, int lastCol, const QString &value, lxw_format *format);
    void width(int firstCol, int lastCol, double characters);
    void height(int row, double points);
    // Printed on landscape pages; on screen the rows above `firstRow` and the columns left of
    // `firstCol` stay in view while the rest scrolls.
    void keepInView(int firstRow, int firstCol);

    // The first error of any call, else LXW_NO_ERROR.
    lxw_error error() const { return m_error; }

private:
    void remember(lxw_error error);

    lxw_worksheet *m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

// A workbook made in a temporary folder: `fill` adds its sheets and returns the first error of
// them. The file's bytes, or "report-failed" with libxlsxwriter's reason.
Result<QByteArray> xlsxWorkbook(const QString &fileName,
                                const std::function<lxw_error(lxw_workbook *)> &fill);

} // namespace hailong
