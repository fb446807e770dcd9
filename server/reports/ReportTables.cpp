#include "ReportTables.h"

#include "VietnameseFormat.h"

#include <cmath>

namespace hailong {

namespace {

QString rateText(const std::optional<double> &rate)
{
    return rate ? VietnameseFormat::decimal(*rate) : QStringLiteral("—");
}

QString figuresText(const ComparedFigures &figures)
{
    if (!figures.rate)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2 phiếu)")
        .arg(VietnameseFormat::decimal(*figures.rate), VietnameseFormat::count(figures.n));
}

ReportTable comparisons(const ReportDocument &document)
{
    const IndicatorComparison any = document.comparisons.value(
        document.indicators.isEmpty() ? QString() : document.indicators.first().definition.id);
    ReportTable table;
    table.title = QStringLiteral("2. So sánh với kỳ trước, cùng kỳ năm trước và lũy kế từ đầu năm");
    table.headers = {
        QStringLiteral("STT"),
        QStringLiteral("Chỉ tiêu"),
        QStringLiteral("Kỳ này (%)"),
        QStringLiteral("Kỳ trước: %1 (%)").arg(periodTitleVi(any.previous.period)),
        QStringLiteral("Thay đổi (điểm %)"),
        QStringLiteral("Cùng kỳ năm trước: %1 (%)").arg(periodTitleVi(any.sameLastYear.period)),
        QStringLiteral("Thay đổi (điểm %)"),
        QStringLiteral("Lũy kế từ đầu năm: %1 (%)").arg(periodDatesVi(any.yearToDate.period))};
    table.widths = {0.05, 0.23, 0.09, 0.15, 0.09, 0.15, 0.09, 0.15};
    for (const AppendixRow &row : document.appendixRows()) {
        const IndicatorResult &result = *row.result;
        const IndicatorComparison c = document.comparisons.value(result.definition.id);
        table.rows << QStringList{row.number,
                                  appendixName(row),
                                  rateText(result.rate),
                                  figuresText(c.previous),
                                  changeInPoints(result.rate, c.previous.rate),
                                  figuresText(c.sameLastYear),
                                  changeInPoints(result.rate, c.sameLastYear.rate),
                                  figuresText(c.yearToDate)};
    }
    return table;
}

ReportTable breakdown(const QString &title, const QString &what, const QList<BreakdownRow> &rows)
{
    ReportTable table;
    table.title = title;
    table.headers = {what, QStringLiteral("Số phiếu"), QStringLiteral("Số phiếu hài lòng"),
                     QStringLiteral("Tỷ lệ (%)")};
    for (const BreakdownRow &row : rows)
        table.rows << QStringList{row.name.vi, VietnameseFormat::count(row.n),
                                  VietnameseFormat::count(row.satisfied), rateText(row.rate)};
    table.emptyText = QStringLiteral("Chưa có phiếu");
    table.widths = {0.46, 0.18, 0.18, 0.18};
    return table;
}

ReportTable reasons(const ReportDocument &document)
{
    ReportTable table;
    table.title = QStringLiteral("5. Lý do người dân chọn khi đánh giá");
    table.headers = {QStringLiteral("Lý do"), QStringLiteral("Nhóm"), QStringLiteral("Số lượt")};
    for (const ReasonCount &reason : document.reasons)
        table.rows << QStringList{reason.text.vi,
                                  reason.wentWell ? QStringLiteral("Điều làm người dân hài lòng")
                                                  : QStringLiteral("Điều người dân chưa hài lòng"),
                                  VietnameseFormat::count(reason.count)};
    table.emptyText = QStringLiteral("Không có lý do nào được chọn");
    table.widths = {0.55, 0.3, 0.15};
    return table;
}

ReportTable comments(const ReportDocument &document)
{
    ReportTable table;
    table.title = QStringLiteral("6. Ý kiến của người dân (mức đánh giá thấp nhất trước)");
    table.headers = {QStringLiteral("Ngày"), QStringLiteral("Mức đánh giá"),
                     QStringLiteral("Lĩnh vực"), QStringLiteral("Ý kiến")};
    for (const ReportComment &comment : document.comments)
        table.rows << QStringList{
            VietnameseFormat::date(comment.createdAt.toTimeZone(centreTimeZone()).date()),
            QString::number(comment.overall), comment.field.vi, comment.text};
    table.emptyText = QStringLiteral("Không có ý kiến");
    table.widths = {0.13, 0.12, 0.2, 0.55};
    return table;
}

} // namespace

QString changeInPoints(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return QStringLiteral("—");
    // The difference of the printed figures, so the column adds up with what it stands next to.
    const double change =
        std::round((VietnameseFormat::truncated(*now) - VietnameseFormat::truncated(*before)) *
                   10.0) /
        10.0;
    const QString magnitude = VietnameseFormat::decimal(std::abs(change));
    if (change > 0)
        return QLatin1Char('+') + magnitude;
    if (change < 0)
        return QLatin1Char('-') + magnitude;
    return magnitude;
}

QList<double> appendixWidths()
{
    return {0.05, 0.25, 0.12, 0.12, 0.075, 0.075, 0.07, 0.11, 0.13};
}

QList<ReportTable> analysisTables(const ReportDocument &document)
{
    return {comparisons(document),
            breakdown(QStringLiteral("3. Kết quả theo lĩnh vực"), QStringLiteral("Lĩnh vực"),
                      document.byField),
            breakdown(QStringLiteral("4. Kết quả theo đơn vị"), QStringLiteral("Đơn vị"),
                      document.byUnit),
            reasons(document), comments(document)};
}

} // namespace hailong
