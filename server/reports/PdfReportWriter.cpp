#include "PdfReportWriter.h"

#include "ChartSvg.h"
#include "ClosingNote.h"
#include "ReportHeadings.h"
#include "ReportTables.h"
#include "VietnameseFormat.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace hailong {

namespace {

constexpr int kDpi = 300;

std::optional<QString> vietnameseFontFamily()
{
    const QStringList preferred = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    for (const QString &family : preferred) {
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Vietnamese))
            return family;
    }
    const QStringList all = QFontDatabase::families(QFontDatabase::Vietnamese);
    if (!all.isEmpty())
        return all.first();
    return std::nullopt;
}

// A piece of the page laid out before painting, so the page count is known for the footer.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
};

class ReportLayout
{
public:
    ReportLayout(QPaintDevice *device, QString family, double width)
        : m_device(device)
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

    double textHeight(const QFont &f, const QString &text, double width) const
    {
        const QFontMetricsF metrics(f, m_device);
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    double width() const { return m_width; }
    double mm(double millimetres) const { return millimetres * kDpi / 25.4; }

private:
    QPaintDevice *m_device;
    QString m_family;
    double m_width;
};

Block paragraph(const ReportLayout &layout, const QString &text, const QFont &font,
                Qt::Alignment align, double spaceAfter)
{
    const double height = layout.textHeight(font, text, layout.width());
    return {height + spaceAfter, [=](QPainter &painter, const QRectF &area) {
                painter.setFont(font);
                painter.drawText(QRectF(area.left(), area.top(), area.width(), height),
                                 int(align) | Qt::TextWordWrap, text);
            }};
}

Block heading(const ReportLayout &layout, const ReportDocument &document)
{
    const QFont bold = layout.font(10.5, true);
    const QFont motto = layout.font(11, true);
    const double half = layout.width() / 2;
    const QString left = ReportHeadings::issuer(document.communeName.toUpper()) +
                         QStringLiteral("\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
    const QString right =
        QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    const double height = std::max(layout.textHeight(bold, left, half - layout.mm(4)),
                                   layout.textHeight(motto, right, half));
    return {height + layout.mm(8), [=](QPainter &painter, const QRectF &area) {
                painter.setFont(bold);
                painter.drawText(QRectF(area.left(), area.top(), half - layout.mm(4), height),
                                 Qt::AlignHCenter | Qt::TextWordWrap, left);
                painter.setFont(motto);
                painter.drawText(QRectF(area.left() + half, area.top(), half, height),
                                 Qt::AlignHCenter | Qt::TextWordWrap, right);
            }};
}

QColor verdictColour(const std::optional<IndicatorStatus> &status)
{
    if (!status)
        return QColor(0x52, 0x60, 0x6D);
    return *status == IndicatorStatus::Met ? QColor(0x1E, 0x7B, 0x34) : QColor(0xB3, 0x26, 0x1E);
}

Block appendixTable(const ReportLayout &layout, const ReportDocument &document)
{
    const QFont headerFont = layout.font(9, true);
    const QFont cellFont = layout.font(9);
    const QFont statusFont = layout.font(9, true);
    const QList<double> fractions = {0.05, 0.25, 0.12, 0.12, 0.075, 0.075, 0.07, 0.11, 0.13};
    const QStringList headers = ReportHeadings::columns(
        {ReportColumn::Number, ReportColumn::Indicator, ReportColumn::LeadAgency,
         ReportColumn::Partner, ReportColumn::Target, ReportColumn::Result, ReportColumn::Ratings,
         ReportColumn::Interval, ReportColumn::AssessmentShort});
    const double pad = layout.mm(1.2);
    QList<double> widths;
    for (const double fraction : fractions)
        widths << fraction * layout.width();

    struct Row
    {
        QStringList cells;
        bool header = false;
        std::optional<IndicatorStatus> status;
        double height = 0;
    };
    QList<Row> rows;
    rows << Row{headers, true, std::nullopt, 0};
    for (const AppendixRow &appendix : document.appendixRows()) {
        const IndicatorResult &r = *appendix.result;
        rows << Row{{appendix.number, appendixName(appendix), r.definition.lead.vi,
                     r.definition.partner.vi, VietnameseFormat::decimal(r.definition.target),
                     r.rate ? VietnameseFormat::decimal(*r.rate) : QStringLiteral("—"),
                     VietnameseFormat::count(r.n), VietnameseFormat::interval(r.ciLow, r.ciHigh),
                     verdictWord(r, document.periodComplete())},
                    false,
                    r.status,
                    0};
    }
    double total = 0;
    for (Row &row : rows) {
        double tallest = 0;
        for (int c = 0; c < row.cells.size(); ++c)
            tallest = std::max(tallest, layout.textHeight(row.header ? headerFont : cellFont,
                                                          row.cells.at(c), widths.at(c) - 2 * pad));
        row.height = tallest + 2 * pad;
        total += row.height;
    }
    return {total + layout.mm(3), [=](QPainter &painter, const QRectF &area) {
                double y = area.top();
                painter.setPen(QPen(Qt::black, layout.mm(0.2)));
                for (const Row &row : rows) {
                    double x = area.left();
                    if (row.header)
                        painter.fillRect(QRectF(x, y, area.width(), row.height),
                                         QColor(0xE7, 0xEC, 0xF2));
                    for (int c = 0; c < row.cells.size(); ++c) {
                        const QRectF cell(x, y, widths.at(c), row.height);
                        painter.setPen(QPen(Qt::black, layout.mm(0.2)));
                        painter.drawRect(cell);
                        const bool status = !row.header && c == row.cells.size() - 1;
                        painter.setFont(row.header ? headerFont : (status ? statusFont : cellFont));
                        if (status)
                            painter.setPen(verdictColour(row.status));
                        const bool wideText = !row.header && c >= 1 && c <= 3;
                        painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                         Qt::TextWordWrap | Qt::AlignVCenter |
                                             (wideText ? Qt::AlignLeft : Qt::AlignHCenter),
                                         row.cells.at(c));
                        x += widths.at(c);
                    }
                    y += row.height;
                }
                painter.setPen(Qt::black);
            }};
}

// One ruled row of a table; a table is laid out row by row so a long one breaks across pages.
Block gridRow(const ReportLayout &layout, const QStringList &cells, const QList<double> &widths,
              bool header)
{
    const QFont font = layout.font(9, header);
    const double pad = layout.mm(1.2);
    double tallest = 0;
    for (int c = 0; c < cells.size(); ++c)
        tallest = std::max(tallest, layout.textHeight(font, cells.at(c), widths.at(c) - 2 * pad));
    const double height = tallest + 2 * pad;
    return {height, [=](QPainter &painter, const QRectF &area) {
                double x = area.left();
                if (header)
                    painter.fillRect(QRectF(x, area.top(), area.width(), height),
                                     QColor(0xE7, 0xEC, 0xF2));
                painter.setFont(font);
                painter.setPen(QPen(Qt::black, layout.mm(0.2)));
                for (int c = 0; c < cells.size(); ++c) {
                    const QRectF cell(x, area.top(), widths.at(c), height);
                    painter.drawRect(cell);
                    painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                     Qt::TextWordWrap | Qt::AlignVCenter |
                                         (header || c > 1 ? Qt::AlignHCenter : Qt::AlignLeft),
                                     cells.at(c));
                    x += widths.at(c);
                }
            }};
}

QList<Block> tableBlocks(const ReportLayout &layout, const ReportTable &table)
{
    // The first two columns hold words (an indicator, a field, a reason), the rest figures;
    // a comment's text, last, gets the room that is left.
    const int columns = int(table.headers.size());
    QList<double> fractions;
    if (columns == 8)
        fractions = {0.05, 0.23, 0.09, 0.15, 0.09, 0.15, 0.09, 0.15};
    else if (columns == 4 && table.headers.last() == QStringLiteral("Ý kiến"))
        fractions = {0.13, 0.12, 0.2, 0.55};
    else if (columns == 3)
        fractions = {0.55, 0.3, 0.15};
    else
        fractions = {0.46, 0.18, 0.18, 0.18};
    QList<double> widths;
    for (const double fraction : fractions)
        widths << fraction * layout.width();
    QList<Block> blocks;
    blocks << paragraph(layout, table.title, layout.font(11, true), Qt::AlignLeft, layout.mm(2));
    blocks << gridRow(layout, table.headers, widths, true);
    if (table.rows.isEmpty()) {
        QStringList empty(columns, QString());
        empty[0] = table.emptyText;
        blocks << gridRow(layout, empty, widths, false);
    }
    for (const QStringList &row : table.rows)
        blocks << gridRow(layout, row, widths, false);
    blocks.last().height += layout.mm(4);
    return blocks;
}

Block chart(const ReportLayout &layout, const QByteArray &svg)
{
    auto renderer = std::make_shared<QSvgRenderer>(svg);
    const QSizeF size = renderer->defaultSize();
    const double height = size.isEmpty() ? 0 : layout.width() * size.height() / size.width();
    return {height + layout.mm(4), [=](QPainter &painter, const QRectF &area) {
                renderer->render(&painter, QRectF(area.left(), area.top(), area.width(), height));
            }};
}

QList<TrendLine> trendLines(const ReportDocument &document)
{
    QList<TrendLine> lines;
    for (const IndicatorResult &result : document.indicators) {
        const auto points = document.trends.value(result.definition.id);
        const bool any = std::any_of(points.cbegin(), points.cend(),
                                     [](const TrendPoint &p) { return p.n > 0; });
        if (any)
            lines << TrendLine{result.definition.name, result.definition.target, points};
    }
    return lines;
}

} // namespace

Result<QByteArray> PdfReportWriter::write(const ReportDocument &document)
{
    const std::optional<QString> family = vietnameseFontFamily();
    if (!family)
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("no font with Vietnamese glyphs is installed "
                                              "(install fonts-noto-core or fonts-dejavu-core)")};

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return ValidationError{QStringLiteral("report-failed"), buffer.errorString()};
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(25, 18, 15, 18), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("Báo cáo kết quả đo lường sự hài lòng — %1 — %2")
                        .arg(document.communeName, document.period.name()));
    writer.setCreator(QStringLiteral("Hài Lòng"));

    const QRect page = writer.pageLayout().paintRectPixels(kDpi);
    const ReportLayout layout(&writer, *family, page.width());
    const double footerHeight = layout.mm(8);
    const double usable = page.height() - footerHeight;

    QList<Block> blocks;
    blocks << heading(layout, document);
    blocks << paragraph(layout, ReportHeadings::title(), layout.font(15, true), Qt::AlignHCenter,
                        layout.mm(1));
    blocks << paragraph(layout, ReportHeadings::periodLine(document.period), layout.font(11, true),
                        Qt::AlignHCenter, layout.mm(1));
    blocks << paragraph(layout,
                        ReportHeadings::ruleLabel() + QStringLiteral(": ") +
                            periodRuleVi(document.period.rule()),
                        layout.font(9.5, false, true), Qt::AlignHCenter, layout.mm(4));
    const QString dataUntil = ReportHeadings::dataUntilLine(document);
    if (!dataUntil.isEmpty())
        blocks << paragraph(layout, dataUntil, layout.font(10.5, true), Qt::AlignHCenter,
                            layout.mm(3));
    blocks << paragraph(layout, QStringLiteral("1. Kết quả các chỉ tiêu của kế hoạch"),
                        layout.font(11, true), Qt::AlignLeft, layout.mm(2));
    blocks << appendixTable(layout, document);
    blocks << paragraph(layout,
                        QStringLiteral("Tỷ lệ hài lòng = số phiếu hài lòng / số phiếu hợp lệ × "
                                       "100 %. Khoảng tin cậy 95 % theo phương pháp Wilson; "
                                       "“Đạt” khi kết quả thực hiện không thấp hơn chỉ tiêu kế "
                                       "hoạch."),
                        layout.font(8.5, false, true), Qt::AlignLeft, layout.mm(4));
    for (const QString &line : closingNoteVi(document))
        blocks << paragraph(layout, line, layout.font(10, true), Qt::AlignLeft, layout.mm(3));
    for (const ReportTable &table : analysisTables(document))
        blocks << tableBlocks(layout, table);
    blocks << paragraph(layout, QStringLiteral("7. Kiến nghị, đề xuất của Trung tâm"),
                        layout.font(11, true), Qt::AlignLeft, layout.mm(2));
    blocks << paragraph(layout, QString(3, QLatin1Char('\n')), layout.font(11), Qt::AlignLeft,
                        layout.mm(4));
    blocks << paragraph(layout, QStringLiteral("8. Biểu đồ kết quả so với chỉ tiêu"),
                        layout.font(11, true), Qt::AlignLeft, layout.mm(2));
    blocks << chart(layout, ChartSvg::indicators(document.indicators, ReportLanguage::Vietnamese,
                                                 document.periodComplete()));
    const QList<TrendLine> lines = trendLines(document);
    if (!lines.isEmpty()) {
        blocks << paragraph(layout, QStringLiteral("9. Diễn biến tỷ lệ hài lòng trong kỳ"),
                            layout.font(11, true), Qt::AlignLeft, layout.mm(2));
        blocks << chart(layout, ChartSvg::trend(lines));
    }

    // Pagination first, so every footer can say "Trang i/n".
    QList<int> pageOf;
    int pages = 1;
    double y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const bool headingBeforeChart =
            i + 1 < blocks.size() && blocks.at(i).height < layout.mm(12);
        const double needed =
            blocks.at(i).height + (headingBeforeChart ? blocks.at(i + 1).height : 0.0);
        if (y > 0 && y + needed > usable) {
            ++pages;
            y = 0;
        }
        pageOf << pages;
        y += blocks.at(i).height;
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return ValidationError{QStringLiteral("report-failed"),
                               QStringLiteral("the PDF could not be painted")};
    const auto footer = [&](int number) {
        painter.setFont(layout.font(8, false, true));
        painter.setPen(QColor(0x52, 0x60, 0x6D));
        const QRectF line(0, page.height() - footerHeight / 2, page.width(), footerHeight / 2);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom,
                         QStringLiteral("Lập lúc %1 bằng hệ thống Hài Lòng")
                             .arg(VietnameseFormat::dateTime(document.generatedAt)));
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("Trang %1/%2").arg(number).arg(pages));
        painter.setPen(Qt::black);
    };
    int current = 1;
    y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        if (pageOf.at(i) != current) {
            footer(current);
            writer.newPage();
            current = pageOf.at(i);
            y = 0;
        }
        blocks.at(i).paint(painter, QRectF(0, y, page.width(), blocks.at(i).height));
        y += blocks.at(i).height;
    }
    footer(current);
    painter.end();
    return bytes;
}

} // namespace hailong
