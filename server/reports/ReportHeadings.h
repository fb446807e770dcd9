#pragma once

#include "period/Period.h"

#include <QString>
#include <QStringList>
#include <initializer_list>

namespace hailong {

struct ReportDocument;

// A column an exported report can have. Each format picks its own (the PDF's A4 page has the
// fewest), but a column is headed the same words wherever it appears.
enum class ReportColumn {
    Number,          // "STT"
    IndicatorId,     // "Mã chỉ tiêu"
    Indicator,       // "Chỉ tiêu"
    LeadAgency,      // "Cơ quan chủ trì"
    Partner,         // "Cơ quan phối hợp"
    Target,          // "Chỉ tiêu kế hoạch (%)"
    Result,          // "Kết quả thực hiện (%)"
    Rate,            // "Tỷ lệ (%)"
    Ratings,         // "Số phiếu"
    Satisfied,       // "Số phiếu hài lòng"
    Unsatisfied,     // "Số phiếu chưa hài lòng"
    Interval,        // "Khoảng tin cậy 95 %"
    IntervalLow,     // "Cận dưới 95 %"
    IntervalHigh,    // "Cận trên 95 %"
    Assessment,      // "Đánh giá (Đạt / Không đạt)"
    AssessmentShort, // "Đánh giá", where the column is narrow
    Status,          // "Trạng thái"
    Confidence,      // "Mức chắc chắn"
    TrendStep,       // "Kỳ"
};

// The words the CSV, XLSX and PDF reports head their parts with, in Vietnamese as the plan's
// appendix has them: written once, so the three files say the same.
class ReportHeadings
{
public:
    static QString title(); // "BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG"
    static QString issuer(const QString &communeName); // "UBND " + the commune
    static QString periodLabel();                      // "Kỳ báo cáo"
    // "Kỳ báo cáo: Quý I/2026, từ 15/12/2025 đến 14/03/2026"
    static QString periodLine(const Period &period);
    // "Số liệu tính đến ngày 20/03/2026" while the period runs; empty once it has ended.
    static QString dataUntilLine(const ReportDocument &document);
    static QString ruleLabel();      // "Cách tính kỳ"
    static QString generatedLabel(); // "Thời điểm lập"

    static QString column(ReportColumn column);
    static QStringList columns(std::initializer_list<ReportColumn> columns);
};

} // namespace hailong
