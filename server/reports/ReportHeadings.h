#pragma once

#include "ReportIssuer.h"
#include "ReportLanguage.h"
#include "period/Period.h"

#include <QDate>
#include <QDateTime>
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

// The words the reports head their parts with and the administrative form around them
// (Nghị định 30/2020/NĐ-CP): in Vietnamese as the plan's appendix has them, or in English.
// Written once, so every format says the same.
class ReportHeadings
{
public:
    explicit ReportHeadings(ReportLanguage language)
        : m_language(language)
    {}

    QString title() const; // "BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG"
    QString issuer(const QString &communeName) const; // "UBND xã …" for "Xã …"
    QString periodLabel() const;                      // "Kỳ báo cáo"
    // "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026" or "Từ 01/01/2026 đến 31/03/2026".
    QString periodTitle(const Period &period) const;
    QString periodDates(const Period &period) const; // "từ 15/12/2025 đến 14/03/2026"
    QString periodRule(PeriodRule rule) const;       // what the rule means
    // "Kỳ báo cáo: Quý I/2026, từ 15/12/2025 đến 14/03/2026"
    QString periodLine(const Period &period) const;
    // "Cách tính kỳ: kỳ số liệu theo Nghị định 09/2019/NĐ-CP (…)"
    QString ruleLine(PeriodRule rule) const;
    // "Số liệu tính đến ngày 20/03/2026" while the period runs; empty once it has ended.
    QString dataUntilLine(const ReportDocument &document) const;
    QString generatedLabel() const; // "Thời điểm lập"
    QString methodNote() const;     // how the rate, interval and verdict are worked out

    QString column(ReportColumn column) const;
    QStringList columns(std::initializer_list<ReportColumn> columns) const;

    // The administrative form: the national name and motto, the number, the place and date
    // line, "BÁO CÁO" and its subject, the sections that close it and the signature block.
    QString nation() const;                               // "CỘNG HÒA XÃ HỘI …"
    QString motto() const;                                // "Độc lập - Tự do - …"
    QString numberLine(const ReportIssuer &issuer) const; // "Số: …/BC-TTPVHCC"
    QString dateLine(const ReportIssuer &issuer, const QDate &day) const; // "Tân Hòa, ngày …"
    QString documentKind() const;                                         // "BÁO CÁO"
    QString subject(const Period &period) const; // "Kết quả đo lường …"
    QString indicatorsSection() const; // "1. Kết quả các chỉ tiêu của kế hoạch"
    QString recommendations() const;   // "Kiến nghị, đề xuất"
    QString recipientsLabel() const;   // "Nơi nhận:"
    QString recipients(const ReportIssuer &issuer) const; // "- UBND …;\n- Lưu: VT, …."
    QString footer(const QDateTime &madeAt) const; // "Lập lúc … bằng hệ thống Hài Lòng"
    QString page(int number, int of) const;        // "Trang 1/3"
    QString documentTitle(const ReportDocument &document) const; // the PDF's title

private:
    bool english() const { return m_language == ReportLanguage::English; }
    QString words(const QString &vi, const QString &en) const { return english() ? en : vi; }

    ReportLanguage m_language;
};

} // namespace hailong
