#include "ReportHeadings.h"

#include "ReportDocument.h"
#include "VietnameseFormat.h"

#include <QLocale>

namespace hailong {

QString ReportHeadings::title() const
{
    return words(QStringLiteral("BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG"),
                 QStringLiteral("REPORT ON THE MEASUREMENT OF SATISFACTION"));
}

QString ReportHeadings::issuer(const QString &communeName) const
{
    // After "UBND" the kind of commune is a common noun: "UBND xã Tân Hòa", not "UBND Xã".
    QString commune = communeName.trimmed();
    if (!commune.isEmpty())
        commune[0] = commune.at(0).toLower();
    return words(QStringLiteral("UBND "), QStringLiteral("People's Committee of ")) + commune;
}

QString ReportHeadings::periodLabel() const
{
    return words(QStringLiteral("Kỳ báo cáo"), QStringLiteral("Reporting period"));
}

QString ReportHeadings::periodTitle(const Period &period) const
{
    static const char *const romanQuarters[] = {"I", "II", "III", "IV"};
    const QString name = period.name();
    const QString year = name.left(4);
    switch (period.kind()) {
    case Period::Kind::Quarter: {
        const QLatin1String quarter(romanQuarters[qBound(1, name.right(1).toInt(), 4) - 1]);
        return words(QStringLiteral("Quý %1/%2"), QStringLiteral("Quarter %1/%2"))
            .arg(quarter, year);
    }
    case Period::Kind::HalfYear:
        return name.endsWith(QLatin1Char('1'))
                   ? words(QStringLiteral("6 tháng đầu năm %1"), QStringLiteral("First half of %1"))
                         .arg(year)
                   : words(QStringLiteral("6 tháng cuối năm %1"),
                           QStringLiteral("Second half of %1"))
                         .arg(year);
    case Period::Kind::Year:
        return words(QStringLiteral("Năm %1"), QStringLiteral("Year %1")).arg(year);
    case Period::Kind::Range:
        break;
    }
    return words(QStringLiteral("Từ %1 đến %2"), QStringLiteral("From %1 to %2"))
        .arg(VietnameseFormat::date(period.from()), VietnameseFormat::date(period.to()));
}

QString ReportHeadings::periodDates(const Period &period) const
{
    return words(QStringLiteral("từ %1 đến %2"), QStringLiteral("from %1 to %2"))
        .arg(VietnameseFormat::date(period.from()), VietnameseFormat::date(period.to()));
}

QString ReportHeadings::periodRule(PeriodRule rule) const
{
    if (rule == PeriodRule::Nd09)
        return words(QStringLiteral("kỳ số liệu theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng "
                                    "trước đến ngày 14 tháng cuối kỳ)"),
                     QStringLiteral("data period under Decree 09/2019/ND-CP (from the 15th of the "
                                    "month before to the 14th of the period's last month)"));
    return words(QStringLiteral("kỳ theo năm dương lịch"), QStringLiteral("calendar periods"));
}

QString ReportHeadings::periodLine(const Period &period) const
{
    return QStringLiteral("%1: %2, %3")
        .arg(periodLabel(), periodTitle(period), periodDates(period));
}

QString ReportHeadings::ruleLine(PeriodRule rule) const
{
    return words(QStringLiteral("Cách tính kỳ"), QStringLiteral("Period rule")) +
           QStringLiteral(": ") + periodRule(rule);
}

QString ReportHeadings::dataUntilLine(const ReportDocument &document) const
{
    if (document.periodComplete())
        return {};
    return words(QStringLiteral("Số liệu tính đến ngày %1"), QStringLiteral("Figures up to %1"))
        .arg(VietnameseFormat::date(document.dataUntil()));
}

QString ReportHeadings::generatedLabel() const
{
    return words(QStringLiteral("Thời điểm lập"), QStringLiteral("Made at"));
}

QString ReportHeadings::methodNote() const
{
    return words(QStringLiteral("Tỷ lệ hài lòng = số phiếu hài lòng / số phiếu hợp lệ × 100 %, "
                                "cắt (không làm tròn) đến một chữ số thập phân. Khoảng tin cậy "
                                "95 % theo phương pháp Wilson; “Đạt” khi kết quả thực hiện không "
                                "thấp hơn chỉ tiêu kế hoạch."),
                 QStringLiteral("Satisfaction rate = satisfied ratings / valid ratings × 100 %, "
                                "cut (not rounded) to one decimal. 95 % confidence interval by "
                                "Wilson's method; “Met” when the result is not below the plan's "
                                "target."));
}

QString ReportHeadings::column(ReportColumn column) const
{
    switch (column) {
    case ReportColumn::Number:
        return words(QStringLiteral("STT"), QStringLiteral("No."));
    case ReportColumn::IndicatorId:
        return words(QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Indicator code"));
    case ReportColumn::Indicator:
        return words(QStringLiteral("Chỉ tiêu"), QStringLiteral("Indicator"));
    case ReportColumn::LeadAgency:
        return words(QStringLiteral("Cơ quan chủ trì"), QStringLiteral("Lead agency"));
    case ReportColumn::Partner:
        return words(QStringLiteral("Cơ quan phối hợp"), QStringLiteral("Partner agencies"));
    case ReportColumn::Target:
        return words(QStringLiteral("Chỉ tiêu kế hoạch (%)"), QStringLiteral("Plan target (%)"));
    case ReportColumn::Result:
        return words(QStringLiteral("Kết quả thực hiện (%)"), QStringLiteral("Result (%)"));
    case ReportColumn::Rate:
        return words(QStringLiteral("Tỷ lệ (%)"), QStringLiteral("Rate (%)"));
    case ReportColumn::Ratings:
        return words(QStringLiteral("Số phiếu"), QStringLiteral("Ratings"));
    case ReportColumn::Satisfied:
        return words(QStringLiteral("Số phiếu hài lòng"), QStringLiteral("Satisfied ratings"));
    case ReportColumn::Unsatisfied:
        return words(QStringLiteral("Số phiếu chưa hài lòng"),
                     QStringLiteral("Unsatisfied ratings"));
    case ReportColumn::Interval:
        return words(QStringLiteral("Khoảng tin cậy 95 %"),
                     QStringLiteral("95 % confidence interval"));
    case ReportColumn::IntervalLow:
        return words(QStringLiteral("Cận dưới 95 %"), QStringLiteral("95 % lower bound"));
    case ReportColumn::IntervalHigh:
        return words(QStringLiteral("Cận trên 95 %"), QStringLiteral("95 % upper bound"));
    case ReportColumn::Assessment:
        return words(QStringLiteral("Đánh giá (Đạt / Không đạt)"),
                     QStringLiteral("Assessment (Met / Not met)"));
    case ReportColumn::AssessmentShort:
        return words(QStringLiteral("Đánh giá"), QStringLiteral("Assessment"));
    case ReportColumn::Status:
        return words(QStringLiteral("Trạng thái"), QStringLiteral("Status"));
    case ReportColumn::Confidence:
        return words(QStringLiteral("Mức chắc chắn"), QStringLiteral("Confidence"));
    case ReportColumn::TrendStep:
        return words(QStringLiteral("Kỳ"), QStringLiteral("Step"));
    }
    return {};
}

QStringList ReportHeadings::columns(std::initializer_list<ReportColumn> columns) const
{
    QStringList headings;
    for (const ReportColumn each : columns)
        headings << column(each);
    return headings;
}

QString ReportHeadings::nation() const
{
    return words(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                 QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM"));
}

QString ReportHeadings::motto() const
{
    return words(QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                 QStringLiteral("Independence - Freedom - Happiness"));
}

QString ReportHeadings::numberLine(const ReportIssuer &issuer) const
{
    return words(QStringLiteral("Số: …/BC-%1"), QStringLiteral("No.: …/BC-%1"))
        .arg(issuer.bodyCode);
}

QString ReportHeadings::dateLine(const ReportIssuer &issuer, const QDate &day) const
{
    if (english())
        return issuer.place + QStringLiteral(", ") +
               QLocale(QLocale::English).toString(day, QStringLiteral("d MMMM yyyy"));
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(issuer.place)
        .arg(day.day(), 2, 10, QLatin1Char('0'))
        .arg(day.month(), 2, 10, QLatin1Char('0'))
        .arg(day.year());
}

QString ReportHeadings::documentKind() const
{
    return words(QStringLiteral("BÁO CÁO"), QStringLiteral("REPORT"));
}

QString ReportHeadings::subject(const Period &period) const
{
    return words(QStringLiteral("Kết quả đo lường sự hài lòng của người dân, tổ chức %1"),
                 QStringLiteral("Satisfaction of citizens and organisations, %1"))
        .arg(periodTitle(period));
}

QString ReportHeadings::indicatorsSection() const
{
    return words(QStringLiteral("1. Kết quả các chỉ tiêu của kế hoạch"),
                 QStringLiteral("1. The plan's indicators"));
}

QString ReportHeadings::recommendations() const
{
    return words(QStringLiteral("Kiến nghị, đề xuất"), QStringLiteral("Recommendations"));
}

QString ReportHeadings::recipientsLabel() const
{
    return words(QStringLiteral("Nơi nhận:"), QStringLiteral("Recipients:"));
}

QString ReportHeadings::recipients(const ReportIssuer &issuer) const
{
    return words(QStringLiteral("- %1;\n- Lưu: VT, %2."),
                 QStringLiteral("- %1;\n- Filed: Records, %2."))
        .arg(issuer.superior, issuer.bodyCode);
}

QString ReportHeadings::footer(const QDateTime &madeAt) const
{
    return words(QStringLiteral("Lập lúc %1 bằng hệ thống Hài Lòng"),
                 QStringLiteral("Made at %1 with Hài Lòng"))
        .arg(VietnameseFormat::dateTime(madeAt));
}

QString ReportHeadings::page(int number, int of) const
{
    return words(QStringLiteral("Trang %1/%2"), QStringLiteral("Page %1/%2")).arg(number).arg(of);
}

QString ReportHeadings::documentTitle(const ReportDocument &document) const
{
    return words(QStringLiteral("Báo cáo kết quả đo lường sự hài lòng — %1 — %2"),
                 QStringLiteral("Satisfaction report — %1 — %2"))
        .arg(document.communeName, periodTitle(document.period));
}

} // namespace hailong
