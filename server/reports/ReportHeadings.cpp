#include "ReportHeadings.h"

#include "ReportDocument.h"
#include "VietnameseFormat.h"

namespace hailong {

QString ReportHeadings::title()
{
    return QStringLiteral("BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG");
}

QString ReportHeadings::issuer(const QString &communeName)
{
    return QStringLiteral("UBND ") + communeName;
}

QString ReportHeadings::periodLabel()
{
    return QStringLiteral("Kỳ báo cáo");
}

QString ReportHeadings::periodLine(const Period &period)
{
    return QStringLiteral("%1: %2, %3")
        .arg(periodLabel(), periodTitleVi(period), periodDatesVi(period));
}

QString ReportHeadings::dataUntilLine(const ReportDocument &document)
{
    if (document.periodComplete())
        return {};
    return QStringLiteral("Số liệu tính đến ngày %1")
        .arg(VietnameseFormat::date(document.dataUntil()));
}

QString ReportHeadings::ruleLabel()
{
    return QStringLiteral("Cách tính kỳ");
}

QString ReportHeadings::generatedLabel()
{
    return QStringLiteral("Thời điểm lập");
}

QString ReportHeadings::column(ReportColumn column)
{
    switch (column) {
    case ReportColumn::Number:
        return QStringLiteral("STT");
    case ReportColumn::IndicatorId:
        return QStringLiteral("Mã chỉ tiêu");
    case ReportColumn::Indicator:
        return QStringLiteral("Chỉ tiêu");
    case ReportColumn::LeadAgency:
        return QStringLiteral("Cơ quan chủ trì");
    case ReportColumn::Partner:
        return QStringLiteral("Cơ quan phối hợp");
    case ReportColumn::Target:
        return QStringLiteral("Chỉ tiêu kế hoạch (%)");
    case ReportColumn::Result:
        return QStringLiteral("Kết quả thực hiện (%)");
    case ReportColumn::Rate:
        return QStringLiteral("Tỷ lệ (%)");
    case ReportColumn::Ratings:
        return QStringLiteral("Số phiếu");
    case ReportColumn::Satisfied:
        return QStringLiteral("Số phiếu hài lòng");
    case ReportColumn::Unsatisfied:
        return QStringLiteral("Số phiếu chưa hài lòng");
    case ReportColumn::Interval:
        return QStringLiteral("Khoảng tin cậy 95 %");
    case ReportColumn::IntervalLow:
        return QStringLiteral("Cận dưới 95 %");
    case ReportColumn::IntervalHigh:
        return QStringLiteral("Cận trên 95 %");
    case ReportColumn::Assessment:
        return QStringLiteral("Đánh giá (Đạt / Không đạt)");
    case ReportColumn::AssessmentShort:
        return QStringLiteral("Đánh giá");
    case ReportColumn::Status:
        return QStringLiteral("Trạng thái");
    case ReportColumn::Confidence:
        return QStringLiteral("Mức chắc chắn");
    case ReportColumn::TrendStep:
        return QStringLiteral("Kỳ");
    }
    return {};
}

QStringList ReportHeadings::columns(std::initializer_list<ReportColumn> columns)
{
    QStringList headings;
    for (const ReportColumn each : columns)
        headings << column(each);
    return headings;
}

} // namespace hailong
