#include "ReportTables.h"

#include "VietnameseFormat.h"
#include "dossier/DossierFigures.h"

#include <cmath>

namespace hailong {

namespace {

QString rateText(const std::optional<double> &rate)
{
    return rate ? VietnameseFormat::decimal(*rate) : QStringLiteral("—");
}

QString figuresText(const ComparedFigures &figures, bool english)
{
    if (!figures.rate)
        return QStringLiteral("—");
    return (english ? QStringLiteral("%1 (%2 ratings)") : QStringLiteral("%1 (%2 phiếu)"))
        .arg(VietnameseFormat::decimal(*figures.rate), VietnameseFormat::count(figures.n));
}

ReportTable comparisons(const ReportDocument &document, const ReportHeadings &words, bool english)
{
    const IndicatorComparison any = document.comparisons.value(
        document.indicators.isEmpty() ? QString() : document.indicators.first().definition.id);
    const QString change =
        english ? QStringLiteral("Change (points)") : QStringLiteral("Thay đổi (điểm %)");
    ReportTable table;
    table.title = english ? QStringLiteral("2. Against the previous period, the same period last "
                                           "year and the year to date")
                          : QStringLiteral("2. So sánh với kỳ trước, cùng kỳ năm trước và lũy kế "
                                           "từ đầu năm");
    table.headers = {
        words.column(ReportColumn::Number),
        words.column(ReportColumn::Indicator),
        english ? QStringLiteral("This period (%)") : QStringLiteral("Kỳ này (%)"),
        (english ? QStringLiteral("Previous: %1 (%)") : QStringLiteral("Kỳ trước: %1 (%)"))
            .arg(words.periodTitle(any.previous.period)),
        change,
        (english ? QStringLiteral("Same period last year: %1 (%)")
                 : QStringLiteral("Cùng kỳ năm trước: %1 (%)"))
            .arg(words.periodTitle(any.sameLastYear.period)),
        change,
        (english ? QStringLiteral("Year to date: %1 (%)")
                 : QStringLiteral("Lũy kế từ đầu năm: %1 (%)"))
            .arg(words.periodDates(any.yearToDate.period))};
    table.widths = {0.05, 0.23, 0.09, 0.15, 0.09, 0.15, 0.09, 0.15};
    for (const AppendixRow &row : document.appendixRows()) {
        const IndicatorResult &result = *row.result;
        const IndicatorComparison c = document.comparisons.value(result.definition.id);
        table.rows << QStringList{row.number,
                                  appendixName(row, document.language),
                                  rateText(result.rate),
                                  figuresText(c.previous, english),
                                  changeInPoints(result.rate, c.previous.rate),
                                  figuresText(c.sameLastYear, english),
                                  changeInPoints(result.rate, c.sameLastYear.rate),
                                  figuresText(c.yearToDate, english)};
    }
    return table;
}

ReportTable breakdown(const QString &title, const QString &what, const QList<BreakdownRow> &rows,
                      const ReportDocument &document, const ReportHeadings &words)
{
    ReportTable table;
    table.title = title;
    table.headers = {what, words.column(ReportColumn::Ratings),
                     words.column(ReportColumn::Satisfied), words.column(ReportColumn::Rate)};
    for (const BreakdownRow &row : rows)
        table.rows << QStringList{localized(row.name, document.language),
                                  VietnameseFormat::count(row.n),
                                  VietnameseFormat::count(row.satisfied), rateText(row.rate)};
    table.emptyText = document.language == ReportLanguage::English
                          ? QStringLiteral("No ratings yet")
                          : QStringLiteral("Chưa có phiếu");
    table.widths = {0.46, 0.18, 0.18, 0.18};
    return table;
}

ReportTable reasons(const ReportDocument &document, bool english)
{
    ReportTable table;
    table.title = english ? QStringLiteral("5. Reasons citizens ticked")
                          : QStringLiteral("5. Lý do người dân chọn khi đánh giá");
    table.headers = english ? QStringList{QStringLiteral("Reason"), QStringLiteral("Group"),
                                          QStringLiteral("Times ticked")}
                            : QStringList{QStringLiteral("Lý do"), QStringLiteral("Nhóm"),
                                          QStringLiteral("Số lượt")};
    const QString wentWell =
        english ? QStringLiteral("What went well") : QStringLiteral("Điều làm người dân hài lòng");
    const QString wentWrong = english ? QStringLiteral("What went wrong")
                                      : QStringLiteral("Điều người dân chưa hài lòng");
    for (const ReasonCount &reason : document.reasons)
        table.rows << QStringList{localized(reason.text, document.language),
                                  reason.wentWell ? wentWell : wentWrong,
                                  VietnameseFormat::count(reason.count)};
    table.emptyText = english ? QStringLiteral("No reason was ticked")
                              : QStringLiteral("Không có lý do nào được chọn");
    table.widths = {0.55, 0.3, 0.15};
    return table;
}

ReportTable comments(const ReportDocument &document, bool english)
{
    ReportTable table;
    table.title = english
                      ? QStringLiteral("6. Citizens' comments (lowest rating first)")
                      : QStringLiteral("6. Ý kiến của người dân (mức đánh giá thấp nhất trước)");
    table.headers = english ? QStringList{QStringLiteral("Date"), QStringLiteral("Rating"),
                                          QStringLiteral("Field"), QStringLiteral("Comment")}
                            : QStringList{QStringLiteral("Ngày"), QStringLiteral("Mức đánh giá"),
                                          QStringLiteral("Lĩnh vực"), QStringLiteral("Ý kiến")};
    for (const ReportComment &comment : document.comments)
        table.rows << QStringList{
            VietnameseFormat::date(comment.createdAt.toTimeZone(centreTimeZone()).date()),
            QString::number(comment.overall), localized(comment.field, document.language),
            comment.text};
    table.emptyText = english ? QStringLiteral("No comments") : QStringLiteral("Không có ý kiến");
    table.widths = {0.13, 0.12, 0.2, 0.55};
    return table;
}

// Of `of`: "12 (85,7 %)".
QString countAndShare(qint64 part, qint64 of)
{
    return QStringLiteral("%1 (%2 %)")
        .arg(VietnameseFormat::count(part), rateText(DossierFigures::percent(part, of)));
}

QString satisfactionText(qint64 satisfied, qint64 n, bool english)
{
    const std::optional<double> rate = DossierFigures::percent(satisfied, n);
    if (!rate)
        return english ? QStringLiteral("No ratings yet") : QStringLiteral("Chưa có phiếu");
    return (english ? QStringLiteral("%1 % (%2 ratings)") : QStringLiteral("%1 % (%2 phiếu)"))
        .arg(rateText(rate), VietnameseFormat::count(n));
}

// The dossiers the figures rest on (the one-stop system's): how many were handled, on time,
// filed online and rated, the sample the method asks for, and on-time against late.
ReportTable dossiers(const ReportDocument &document, bool english)
{
    const DossierTally &d = document.dossiers;
    ReportTable table;
    table.title = english ? QStringLiteral("7. Dossiers") : QStringLiteral("7. Hồ sơ");
    table.headers = english ? QStringList{QStringLiteral("Figure"), QStringLiteral("Value")}
                            : QStringList{QStringLiteral("Chỉ số"), QStringLiteral("Giá trị")};
    table.widths = {0.6, 0.4};
    table.emptyText = english ? QStringLiteral("No dossier was returned in the period")
                              : QStringLiteral("Không có hồ sơ trả kết quả trong kỳ");
    if (d.handled == 0)
        return table;
    const qint64 needed = IndicatorCalculator::requiredSampleSize(d.handled);
    const QString yes = english ? QStringLiteral("reached") : QStringLiteral("đạt");
    const QString no = english ? QStringLiteral("not reached") : QStringLiteral("chưa đạt");
    const auto row = [&table, english](const char *vi, const char *en, const QString &value) {
        table.rows << QStringList{english ? QString::fromUtf8(en) : QString::fromUtf8(vi), value};
    };
    row("Hồ sơ đã giải quyết (trả kết quả) trong kỳ", "Dossiers handled (returned) in the period",
        VietnameseFormat::count(d.handled));
    row("Giải quyết đúng hạn", "Returned on time", countAndShare(d.onTime, d.handled));
    row("Nộp trực tuyến", "Filed online", countAndShare(d.online, d.handled));
    row("Hồ sơ được đánh giá (tỷ lệ phản hồi)", "Dossiers rated (response rate)",
        countAndShare(d.rated(), d.handled));
    row("Cỡ mẫu cần theo phương pháp của Bộ Nội vụ",
        "Sample the Ministry of Home Affairs' method needs",
        QStringLiteral("%1 (%2)").arg(VietnameseFormat::count(needed),
                                      d.rated() >= needed ? yes : no));
    row("Mức độ hài lòng — hồ sơ đúng hạn", "Satisfaction — dossiers returned on time",
        satisfactionText(d.satisfiedOnTime, d.ratedOnTime, english));
    row("Mức độ hài lòng — hồ sơ trễ hạn", "Satisfaction — dossiers returned late",
        satisfactionText(d.satisfiedLate, d.ratedLate, english));
    row("Phiếu đánh giá lặp lại (không tính)", "Repeat ratings (left out)",
        VietnameseFormat::count(d.repeats));
    return table;
}

// The complaint cases opened in the period (Kế hoạch, mục III.1): how many, how many were
// answered within the centre's working days, and how many still wait.
ReportTable cases(const ReportDocument &document, bool english)
{
    const CaseTally &c = document.cases;
    ReportTable table;
    table.title = english ? QStringLiteral("8. Complaints and comments (cases)")
                          : QStringLiteral("8. Phản ánh, kiến nghị của người dân");
    table.headers = english ? QStringList{QStringLiteral("Figure"), QStringLiteral("Value")}
                            : QStringList{QStringLiteral("Chỉ số"), QStringLiteral("Giá trị")};
    table.widths = {0.6, 0.4};
    const QString days = QString::number(c.answerDays);
    table.rows
        << QStringList{english ? QStringLiteral("Cases received in the period")
                               : QStringLiteral("Phản ánh tiếp nhận trong kỳ"),
                       VietnameseFormat::count(c.received)}
        << QStringList{english
                           ? QStringLiteral("Answered in time (within %1 working days)").arg(days)
                           : QStringLiteral("Trả lời đúng hạn (trong %1 ngày làm việc)").arg(days),
                       countAndShare(c.answeredInTime, c.received)}
        << QStringList{english ? QStringLiteral("Still open") : QStringLiteral("Chưa trả lời"),
                       VietnameseFormat::count(c.open)};
    return table;
}

// The rate per criterion of each survey that asked criteria: its question names the group, on
// the group's first row only.
ReportTable criteria(const ReportDocument &document, const ReportHeadings &words, bool english)
{
    ReportTable table;
    table.title =
        english ? QStringLiteral("9. By criterion") : QStringLiteral("9. Kết quả theo tiêu chí");
    table.headers = {english ? QStringLiteral("Survey") : QStringLiteral("Phiếu khảo sát"),
                     english ? QStringLiteral("Criterion") : QStringLiteral("Tiêu chí"),
                     words.column(ReportColumn::Ratings), words.column(ReportColumn::Satisfied),
                     words.column(ReportColumn::Rate)};
    QString survey;
    for (const CriterionResult &row : document.criteria) {
        table.rows << QStringList{
            row.survey == survey ? QString() : localized(row.surveyTitle, document.language),
            localized(row.label, document.language), VietnameseFormat::count(row.n),
            VietnameseFormat::count(row.satisfied), rateText(row.rate)};
        survey = row.survey;
    }
    table.emptyText = english ? QStringLiteral("No criterion was answered")
                              : QStringLiteral("Chưa có phiếu đánh giá theo tiêu chí");
    table.widths = {0.28, 0.3, 0.14, 0.14, 0.14};
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

QStringList appendixHeaders(const ReportHeadings &words)
{
    return words.columns({ReportColumn::Number, ReportColumn::Indicator, ReportColumn::LeadAgency,
                          ReportColumn::Partner, ReportColumn::Target, ReportColumn::Result,
                          ReportColumn::Ratings, ReportColumn::Interval,
                          ReportColumn::AssessmentShort});
}

QStringList appendixCells(const AppendixRow &row, const ReportDocument &document)
{
    const IndicatorResult &r = *row.result;
    const ReportLanguage language = document.language;
    return {row.number,
            appendixName(row, language),
            localized(r.definition.lead, language),
            localized(r.definition.partner, language),
            VietnameseFormat::decimal(r.definition.target),
            rateText(r.rate),
            VietnameseFormat::count(r.n),
            VietnameseFormat::interval(r.ciLow, r.ciHigh),
            verdictWord(r, document.periodComplete(), language)};
}

QList<double> appendixWidths()
{
    return {0.05, 0.25, 0.12, 0.12, 0.075, 0.075, 0.07, 0.11, 0.13};
}

QList<ReportTable> analysisTables(const ReportDocument &document)
{
    const ReportHeadings words(document.language);
    const bool english = document.language == ReportLanguage::English;
    return {
        comparisons(document, words, english),
        breakdown(english ? QStringLiteral("3. By service field")
                          : QStringLiteral("3. Kết quả theo lĩnh vực"),
                  english ? QStringLiteral("Field") : QStringLiteral("Lĩnh vực"), document.byField,
                  document, words),
        breakdown(english ? QStringLiteral("4. By unit") : QStringLiteral("4. Kết quả theo đơn vị"),
                  english ? QStringLiteral("Unit") : QStringLiteral("Đơn vị"), document.byUnit,
                  document, words),
        reasons(document, english),
        comments(document, english),
        dossiers(document, english),
        cases(document, english),
        criteria(document, words, english)};
}

} // namespace hailong
