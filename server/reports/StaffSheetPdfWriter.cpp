#include "StaffSheetPdfWriter.h"

#include "ReportHeadings.h"
#include "VietnameseFont.h"
#include "VietnameseFormat.h"
#include "period/PeriodRule.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace hailong {

namespace {

constexpr int kDpi = 300;

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

// Draws text top-down on the page, each call below the last.
class SheetPainter
{
public:
    SheetPainter(QPainter &painter, QString family, double width)
        : m_painter(painter)
        , m_family(std::move(family))
        , m_width(width)
    {}

    QFont font(double points, bool bold = false, bool italic = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    double height(const QFont &font, const QString &text, double width) const
    {
        return QFontMetricsF(font, m_painter.device())
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
            .height();
    }

    // Text in the column [x, x + width) at `y`; returns its height.
    double text(const QFont &font, const QString &text, double x, double y, double width,
                Qt::Alignment align)
    {
        const double h = height(font, text, width);
        m_painter.setFont(font);
        m_painter.drawText(QRectF(x, y, width, h), int(align) | Qt::TextWordWrap, text);
        return h;
    }

    void line(const QFont &font, const QString &words, Qt::Alignment align, double spaceAfter)
    {
        m_y += text(font, words, 0, m_y, m_width, align) + spaceAfter;
    }

    // A ruled table; the first row is its header, `widths` are fractions of the page's width.
    void table(const QList<QStringList> &rows, const QList<double> &widths,
               const QList<Qt::Alignment> &aligns)
    {
        const double pad = mm(1.2);
        for (int r = 0; r < rows.size(); ++r) {
            const bool header = r == 0;
            const QFont cellFont = font(11, header);
            double tallest = 0;
            for (int c = 0; c < rows.at(r).size(); ++c)
                tallest = std::max(
                    tallest, height(cellFont, rows.at(r).at(c), widths.at(c) * m_width - 2 * pad));
            const double rowHeight = tallest + 2 * pad;
            double x = 0;
            if (header)
                m_painter.fillRect(QRectF(0, m_y, m_width, rowHeight), QColor(0xE7, 0xEC, 0xF2));
            m_painter.setPen(QPen(Qt::black, mm(0.2)));
            m_painter.setFont(cellFont);
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const QRectF cell(x, m_y, widths.at(c) * m_width, rowHeight);
                m_painter.drawRect(cell);
                m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                   Qt::TextWordWrap | Qt::AlignVCenter |
                                       (header ? Qt::AlignHCenter : aligns.at(c)),
                                   rows.at(r).at(c));
                x += cell.width();
            }
            m_y += rowHeight;
        }
        m_y += mm(4);
    }

    double y() const { return m_y; }
    void skip(double space) { m_y += space; }
    double width() const { return m_width; }

private:
    QPainter &m_painter;
    QString m_family;
    double m_width;
    double m_y = 0;
};

QString rateText(const std::optional<double> &rate)
{
    return VietnameseFormat::percentOrDash(rate);
}

QString quarterTitle(int number)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    return QStringLiteral("Quý %1").arg(QLatin1String(roman[std::clamp(number, 1, 4) - 1]));
}

} // namespace

Result<QByteArray> StaffSheetPdfWriter::write(const StaffSheet &sheet)
{
    const Result<QString> family = vietnameseFontFamily();
    if (!family)
        return family.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return ValidationError{QStringLiteral("report-failed"), buffer.errorString()};
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(30, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("Phiếu tổng hợp mức độ hài lòng năm %1 — %2 (%3)")
                        .arg(sheet.year)
                        .arg(sheet.name, sheet.code));
    writer.setCreator(QStringLiteral("Hài Lòng"));
    const QRect page = writer.pageLayout().paintRectPixels(kDpi);

    QPainter painter;
    if (!painter.begin(&writer))
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("the PDF could not be painted")};
    const ReportHeadings words(ReportLanguage::Vietnamese);
    SheetPainter sheetPage(painter, family.value(), page.width());

    // The head: the issuing body on the left, the national motto and the date on the right.
    const double left = page.width() * 0.42;
    const double right = page.width() - left;
    double leftY = sheetPage.text(sheetPage.font(12), sheet.issuer.superior.toUpper(), 0, 0, left,
                                  Qt::AlignHCenter);
    leftY += sheetPage.text(sheetPage.font(12, true), sheet.issuer.body.toUpper(), 0, leftY, left,
                            Qt::AlignHCenter);
    double rightY =
        sheetPage.text(sheetPage.font(12, true), words.nation(), left, 0, right, Qt::AlignHCenter);
    rightY += sheetPage.text(sheetPage.font(13, true), words.motto(), left, rightY, right,
                             Qt::AlignHCenter);
    rightY += mm(2);
    rightY += sheetPage.text(
        sheetPage.font(12, false, true),
        words.dateLine(sheet.issuer, sheet.generatedAt.toTimeZone(centreTimeZone()).date()), left,
        rightY, right, Qt::AlignHCenter);
    sheetPage.skip(std::max(leftY, rightY) + mm(8));

    sheetPage.line(sheetPage.font(14, true),
                   QStringLiteral("PHIẾU TỔNG HỢP Ý KIẾN ĐÁNH GIÁ CỦA NGƯỜI DÂN"), Qt::AlignHCenter,
                   0);
    sheetPage.line(sheetPage.font(13, true),
                   QStringLiteral("về sự phục vụ của cán bộ, công chức — năm %1").arg(sheet.year),
                   Qt::AlignHCenter, mm(1));
    sheetPage.line(sheetPage.font(11, false, true),
                   QStringLiteral("(kèm hồ sơ đánh giá, xếp loại cuối năm)"), Qt::AlignHCenter,
                   mm(5));

    const QFont body = sheetPage.font(12);
    sheetPage.line(body,
                   QStringLiteral("Họ và tên: %1        Mã cán bộ: %2").arg(sheet.name, sheet.code),
                   Qt::AlignLeft, mm(1));
    QString place = QStringLiteral("Đơn vị: %1").arg(sheet.unitName);
    if (!sheet.counter.isEmpty())
        place += QStringLiteral("        Quầy: %1").arg(sheet.counter);
    sheetPage.line(body, place, Qt::AlignLeft, mm(1));
    sheetPage.line(body,
                   QStringLiteral("Kỳ đánh giá: năm %1, %2")
                       .arg(sheet.year)
                       .arg(words.periodDates(sheet.figures.period)),
                   Qt::AlignLeft, mm(1));
    sheetPage.line(sheetPage.font(11, false, true), words.ruleLine(sheet.figures.period.rule()),
                   Qt::AlignLeft, mm(4));

    const QFont section = sheetPage.font(12, true);
    sheetPage.line(section, QStringLiteral("1. Kết quả trong năm"), Qt::AlignLeft, mm(2));
    const QString rank = sheet.rank
                             ? QStringLiteral("%1/%2").arg(*sheet.rank).arg(sheet.rankedCount)
                             : QStringLiteral("—");
    sheetPage.table(
        {{QStringLiteral("Nội dung"), QStringLiteral("Kết quả")},
         {QStringLiteral("Số phiếu đánh giá"), VietnameseFormat::count(sheet.figures.n)},
         {QStringLiteral("Số phiếu hài lòng"), VietnameseFormat::count(sheet.figures.satisfied)},
         {QStringLiteral("Tỷ lệ hài lòng"), rateText(sheet.figures.rate())},
         {QStringLiteral("Tỷ lệ hài lòng đã hiệu chỉnh (dùng để xếp hạng)"),
          rateText(sheet.shrunkRate)},
         {QStringLiteral("Xếp hạng trong Trung tâm"), rank},
         {QStringLiteral("Tỷ lệ hài lòng chung của Trung tâm (để so sánh)"),
          rateText(sheet.centreRate)}},
        {0.7, 0.3}, {Qt::AlignLeft, Qt::AlignHCenter});

    sheetPage.line(section, QStringLiteral("2. Theo quý"), Qt::AlignLeft, mm(2));
    QList<QStringList> quarterRows{{QStringLiteral("Quý"), QStringLiteral("Thời gian"),
                                    QStringLiteral("Số phiếu"), QStringLiteral("Hài lòng"),
                                    QStringLiteral("Tỷ lệ")}};
    for (int q = 0; q < sheet.quarters.size(); ++q) {
        const SheetFigures &quarter = sheet.quarters.at(q);
        quarterRows << QStringList{
            quarterTitle(q + 1),
            QStringLiteral("%1 – %2").arg(VietnameseFormat::date(quarter.period.from()),
                                          VietnameseFormat::date(quarter.period.to())),
            VietnameseFormat::count(quarter.n), VietnameseFormat::count(quarter.satisfied),
            rateText(quarter.rate())};
    }
    sheetPage.table(
        quarterRows, {0.14, 0.38, 0.16, 0.16, 0.16},
        {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter});

    sheetPage.line(section, QStringLiteral("3. Lý do người dân đã chọn"), Qt::AlignLeft, mm(2));
    QList<QStringList> reasonRows{
        {QStringLiteral("Lý do"), QStringLiteral("Loại"), QStringLiteral("Số lượt")}};
    for (int r = 0; r < sheet.reasons.size() && r < maxReasons; ++r) {
        const ReasonCount &reason = sheet.reasons.at(r);
        reasonRows << QStringList{reason.text.vi,
                                  reason.wentWell ? QStringLiteral("Điều hài lòng")
                                                  : QStringLiteral("Điều chưa hài lòng"),
                                  VietnameseFormat::count(reason.count)};
    }
    if (sheet.reasons.size() > maxReasons) {
        qint64 rest = 0;
        for (int r = maxReasons; r < sheet.reasons.size(); ++r)
            rest += sheet.reasons.at(r).count;
        reasonRows << QStringList{
            QStringLiteral("%1 lý do khác").arg(sheet.reasons.size() - maxReasons), QString(),
            VietnameseFormat::count(rest)};
    }
    if (reasonRows.size() == 1)
        reasonRows << QStringList{QStringLiteral("Người dân chưa chọn lý do nào"), QString(),
                                  QString()};
    sheetPage.table(reasonRows, {0.6, 0.25, 0.15},
                    {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter});

    sheetPage.line(sheetPage.font(10, false, true),
                   QStringLiteral("Tỷ lệ hài lòng = số phiếu hài lòng ÷ số phiếu đánh giá × 100. "
                                  "Tỷ lệ đã hiệu chỉnh kéo tỷ lệ của người có ít phiếu về tỷ lệ "
                                  "chung của Trung tâm (như có thêm 20 phiếu ở mức chung), để "
                                  "vài phiếu không quyết định thứ hạng. Chỉ tính phiếu của các "
                                  "đơn vị hành chính, không tính phiếu nghi vấn, phiếu lặp lại "
                                  "của cùng một hồ sơ."),
                   Qt::AlignLeft, mm(6));

    // Who made the sheet and the head of the body, who signs it.
    const double signY = sheetPage.y();
    const QFont signer = sheetPage.font(12, true);
    sheetPage.text(signer, QStringLiteral("NGƯỜI LẬP PHIẾU"), 0, signY, left, Qt::AlignHCenter);
    const double titleHeight = sheetPage.text(signer, sheet.issuer.signerTitle.toUpper(), left,
                                              signY, right, Qt::AlignHCenter);
    if (!sheet.issuer.signerName.isEmpty())
        sheetPage.text(signer, sheet.issuer.signerName, left, signY + titleHeight + mm(22), right,
                       Qt::AlignHCenter);

    painter.setFont(sheetPage.font(8, false, true));
    painter.setPen(QColor(0x52, 0x60, 0x6D));
    painter.drawText(QRectF(0, page.height() - mm(5), page.width(), mm(5)),
                     Qt::AlignLeft | Qt::AlignBottom, words.footer(sheet.generatedAt));
    painter.end();
    return bytes;
}

} // namespace hailong
