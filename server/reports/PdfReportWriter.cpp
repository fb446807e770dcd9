#include "PdfReportWriter.h"

#include "ClosingNote.h"
#include "ReportCharts.h"
#include "ReportHeadings.h"
#include "ReportIssuer.h"
#include "ReportTables.h"
#include "VietnameseFont.h"
#include "VietnameseFormat.h"

#include <QBuffer>
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

// Draws one wrapped line of the head or the signature block and says how tall it was.
struct LineDrawer
{
    QPainter &painter;
    const ReportLayout &layout;

    double operator()(const QFont &font, const QString &text, double x, double y, double width,
                      Qt::Alignment align) const
    {
        painter.setFont(font);
        const double h = layout.textHeight(font, text, width);
        painter.drawText(QRectF(x, y, width, h), int(align) | Qt::TextWordWrap, text);
        return h;
    }
};

// The document's head as Nghị định 30/2020/NĐ-CP lays it out: the superior and issuing bodies
// and the number on the left; the national motto and the place and date line on the right.
Block heading(const ReportLayout &layout, const ReportHeadings &words, const ReportIssuer &issuer,
              const QDateTime &madeAt)
{
    const QFont plain = layout.font(13);
    const QFont bold = layout.font(13, true);
    const QFont motto = layout.font(14, true);
    const QFont dateFont = layout.font(14, false, true);
    const double leftWidth = layout.width() * 0.42;
    const double rightWidth = layout.width() - leftWidth;
    const QString superior = issuer.superior.toUpper();
    const QString body = issuer.body.toUpper();
    const QString number = words.numberLine(issuer);
    const QString nation = words.nation();
    const QString freedom = words.motto();
    const QString dateLine = words.dateLine(issuer, madeAt.toTimeZone(centreTimeZone()).date());
    const double superiorHeight = layout.textHeight(plain, superior, leftWidth);
    const double bodyHeight = layout.textHeight(bold, body, leftWidth);
    const double nationHeight = layout.textHeight(bold, nation, rightWidth);
    const double freedomHeight = layout.textHeight(motto, freedom, rightWidth);
    const double gap = layout.mm(4);
    const double left =
        superiorHeight + bodyHeight + gap + layout.textHeight(plain, number, leftWidth);
    const double right =
        nationHeight + freedomHeight + gap + layout.textHeight(dateFont, dateLine, rightWidth);
    const double height = std::max(left, right);
    return {height + layout.mm(8), [=](QPainter &painter, const QRectF &area) {
                const LineDrawer line{painter, layout};
                const QFontMetricsF mottoMetrics(motto, painter.device());
                double y = area.top();
                y += line(plain, superior, area.left(), y, leftWidth, Qt::AlignHCenter);
                y += line(bold, body, area.left(), y, leftWidth, Qt::AlignHCenter);
                // The short rule under the issuing body, a third of its width.
                const double rule = leftWidth / 3;
                painter.setPen(QPen(Qt::black, layout.mm(0.25)));
                painter.drawLine(QPointF(area.left() + (leftWidth - rule) / 2, y + layout.mm(1)),
                                 QPointF(area.left() + (leftWidth + rule) / 2, y + layout.mm(1)));
                line(plain, number, area.left(), y + gap, leftWidth, Qt::AlignHCenter);

                const double x = area.left() + leftWidth;
                y = area.top();
                y += line(bold, nation, x, y, rightWidth, Qt::AlignHCenter);
                y += line(motto, freedom, x, y, rightWidth, Qt::AlignHCenter);
                // The rule under the motto is as long as the motto.
                const double mottoWidth = mottoMetrics.horizontalAdvance(freedom);
                painter.drawLine(QPointF(x + (rightWidth - mottoWidth) / 2, y + layout.mm(1)),
                                 QPointF(x + (rightWidth + mottoWidth) / 2, y + layout.mm(1)));
                line(dateFont, dateLine, x, y + gap, rightWidth, Qt::AlignHCenter);
            }};
}

// "Nơi nhận:" on the left; the signer's title, room for the signature and the name on the right.
Block signature(const ReportLayout &layout, const ReportHeadings &words, const ReportIssuer &issuer)
{
    const QFont recipientsTitle = layout.font(12, true, true);
    const QFont recipients = layout.font(11);
    const QFont signer = layout.font(13, true);
    const double leftWidth = layout.width() * 0.45;
    const double rightWidth = layout.width() - leftWidth;
    const QString label = words.recipientsLabel();
    const QString list = words.recipients(issuer);
    const double room = layout.mm(25);
    const double height =
        std::max(layout.textHeight(recipientsTitle, label, leftWidth) +
                     layout.textHeight(recipients, list, leftWidth),
                 layout.textHeight(signer, issuer.signerTitle.toUpper(), rightWidth) + room +
                     layout.textHeight(signer, issuer.signerName + QLatin1Char(' '), rightWidth));
    return {height + layout.mm(4), [=](QPainter &painter, const QRectF &area) {
                const LineDrawer line{painter, layout};
                double y = area.top();
                y += line(recipientsTitle, label, area.left(), y, leftWidth, Qt::AlignLeft);
                line(recipients, list, area.left(), y, leftWidth, Qt::AlignLeft);
                const double x = area.left() + leftWidth;
                y = area.top();
                y += line(signer, issuer.signerTitle.toUpper(), x, y, rightWidth, Qt::AlignHCenter);
                line(signer, issuer.signerName, x, y + room, rightWidth, Qt::AlignHCenter);
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
    const QList<double> fractions = appendixWidths();
    const QStringList headers = appendixHeaders(ReportHeadings(document.language));
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
    for (const AppendixRow &appendix : document.appendixRows())
        rows << Row{appendixCells(appendix, document), false, appendix.result->status, 0};
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
    const int columns = int(table.headers.size());
    QList<double> widths;
    for (const double fraction : table.widths)
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

} // namespace

Result<QByteArray> PdfReportWriter::write(const ReportDocument &document)
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
                                     QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter));
    const ReportHeadings words(document.language);
    writer.setTitle(words.documentTitle(document));
    writer.setCreator(QStringLiteral("Hài Lòng"));

    const QRect page = writer.pageLayout().paintRectPixels(kDpi);
    const ReportLayout layout(&writer, family.value(), page.width());
    const double footerHeight = layout.mm(8);
    const double usable = page.height() - footerHeight;

    const ReportIssuer issuer =
        document.issuer.body.isEmpty()
            ? ReportIssuer::fromCentre({}, document.communeName, document.language)
            : document.issuer;
    const QFont body = layout.font(13);
    const QFont section = layout.font(13, true);
    QList<Block> blocks;
    blocks << heading(layout, words, issuer, document.generatedAt);
    blocks << paragraph(layout, words.documentKind(), layout.font(14, true), Qt::AlignHCenter, 0);
    blocks << paragraph(layout, words.subject(document.period), layout.font(14, true),
                        Qt::AlignHCenter, layout.mm(3));
    blocks << paragraph(layout, words.periodLine(document.period), body, Qt::AlignHCenter,
                        layout.mm(1));
    blocks << paragraph(layout, words.ruleLine(document.period.rule()),
                        layout.font(13, false, true), Qt::AlignHCenter, layout.mm(2));
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        blocks << paragraph(layout, dataUntil, section, Qt::AlignHCenter, layout.mm(2));
    blocks << paragraph(layout, words.indicatorsSection(), section, Qt::AlignLeft, layout.mm(2));
    blocks << appendixTable(layout, document);
    blocks << paragraph(layout, words.methodNote(), layout.font(11, false, true), Qt::AlignLeft,
                        layout.mm(4));
    for (const QString &line : closingNote(document))
        blocks << paragraph(layout, line, section, Qt::AlignLeft, layout.mm(3));
    const QList<ReportTable> tables = analysisTables(document);
    for (const ReportTable &table : tables)
        blocks << tableBlocks(layout, table);
    int number = int(tables.size()) + 1;
    for (const ReportChart &each : reportCharts(document)) {
        blocks << paragraph(layout, QStringLiteral("%1. %2").arg(++number).arg(each.title), section,
                            Qt::AlignLeft, layout.mm(2));
        blocks << chart(layout, each.svg);
    }
    blocks << paragraph(layout, QStringLiteral("%1. %2").arg(++number).arg(words.recommendations()),
                        section, Qt::AlignLeft, layout.mm(2));
    blocks << paragraph(layout, QString(3, QLatin1Char('\n')), body, Qt::AlignLeft, layout.mm(4));
    blocks << signature(layout, words, issuer);

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
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, words.footer(document.generatedAt));
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, words.page(number, pages));
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
