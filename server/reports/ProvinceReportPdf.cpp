#include "ProvinceReportPdf.h"

#include "ReportDocument.h"
#include "VietnameseFont.h"
#include "VietnameseFormat.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <functional>
#include <memory>

namespace hailong {

namespace {

constexpr int kDpi = 300;

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

// A piece of the page laid out before painting, so the page count is known for the footer.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, double top)> paint;
    // A table's header row, painted again above this row when the row starts a page.
    std::shared_ptr<const Block> header;
};

Block under(std::shared_ptr<const Block> header, Block row)
{
    row.header = std::move(header);
    return row;
}

class Layout
{
public:
    Layout(QPaintDevice *device, QString family, double width)
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
    double textHeight(const QFont &font, const QString &text, double width) const
    {
        return QFontMetricsF(font, m_device)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
            .height();
    }
    double width() const { return m_width; }

    Block paragraph(const QString &text, const QFont &font, Qt::Alignment align,
                    double spaceAfter) const
    {
        const double height = textHeight(font, text, m_width);
        const double width = m_width;
        return {height + spaceAfter,
                [=](QPainter &painter, double top) {
                    painter.setFont(font);
                    painter.drawText(QRectF(0, top, width, height), int(align) | Qt::TextWordWrap,
                                     text);
                },
                nullptr};
    }

    // One ruled row; a table is laid out row by row so a long one breaks across pages.
    // `verdictColumn`: the column whose word is coloured by `status`, or -1.
    Block row(const QStringList &cells, const QList<double> &fractions, bool header,
              int verdictColumn = -1, std::optional<IndicatorStatus> status = {}) const
    {
        const QFont font = this->font(10, header);
        const double pad = mm(1.2);
        QList<double> widths;
        for (const double fraction : fractions)
            widths << fraction * m_width;
        double tallest = 0;
        for (int c = 0; c < cells.size(); ++c)
            tallest = std::max(tallest, textHeight(font, cells.at(c), widths.at(c) - 2 * pad));
        const double height = tallest + 2 * pad;
        const double width = m_width;
        return {height,
                [=](QPainter &painter, double top) {
                    if (header)
                        painter.fillRect(QRectF(0, top, width, height), QColor(0xE7, 0xEC, 0xF2));
                    painter.setFont(font);
                    double x = 0;
                    for (int c = 0; c < cells.size(); ++c) {
                        const QRectF cell(x, top, widths.at(c), height);
                        painter.setPen(QPen(Qt::black, mm(0.2)));
                        painter.drawRect(cell);
                        if (c == verdictColumn && status)
                            painter.setPen(*status == IndicatorStatus::Met
                                               ? QColor(0x1E, 0x7B, 0x34)
                                               : QColor(0xB3, 0x26, 0x1E));
                        painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                                         Qt::TextWordWrap | Qt::AlignVCenter |
                                             (header || c != 1 ? Qt::AlignHCenter : Qt::AlignLeft),
                                         cells.at(c));
                        x += widths.at(c);
                    }
                    painter.setPen(Qt::black);
                },
                nullptr};
    }

private:
    QPaintDevice *m_device;
    QString m_family;
    double m_width;
};

QString rateText(const std::optional<double> &rate)
{
    return rate ? VietnameseFormat::decimal(*rate) : QStringLiteral("—");
}

} // namespace

Result<QByteArray> ProvinceReportPdf::write(const ProvinceReportDocument &document)
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
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter));
    const ProvinceReportWords words(document.language);
    const ReportHeadings &headings = words.headings();
    const ProvinceFigures &figures = document.figures;
    writer.setTitle(words.title() + QStringLiteral(" — ") + headings.periodTitle(figures.period));
    writer.setCreator(QStringLiteral("Hài Lòng"));

    const QRect page = writer.pageLayout().paintRectPixels(kDpi);
    const Layout layout(&writer, family.value(), page.width());
    const double footerHeight = mm(8);
    const double usable = page.height() - footerHeight;
    const QFont body = layout.font(12);
    const QFont bold = layout.font(12, true);

    QList<Block> blocks;
    blocks << layout.paragraph(headings.issuer(document.issuerName).toUpper(), bold, Qt::AlignLeft,
                               mm(4));
    blocks << layout.paragraph(words.title(), layout.font(14, true), Qt::AlignHCenter, mm(2));
    blocks << layout.paragraph(headings.periodLine(figures.period), body, Qt::AlignHCenter, mm(1));
    blocks << layout.paragraph(headings.ruleLine(figures.period.rule()),
                               layout.font(12, false, true), Qt::AlignHCenter, mm(1));
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        blocks << layout.paragraph(dataUntil, bold, Qt::AlignHCenter, mm(1));
    blocks << layout.paragraph(words.provinceLine(figures), body, Qt::AlignHCenter, mm(4));

    // The ranking: the centre columns of the CSV and XLSX (without the id, which the name says).
    QStringList centreHeaders = words.centreHeaders();
    centreHeaders.removeAt(1);
    const QList<double> rankingWidths{0.06, 0.34, 0.12, 0.16, 0.16, 0.16};
    const auto rankingHeader =
        std::make_shared<const Block>(layout.row(centreHeaders, rankingWidths, true));
    blocks << *rankingHeader;
    for (int i = 0; i < figures.centres.size(); ++i) {
        const CentreFigures &centre = figures.centres.at(i);
        blocks << under(rankingHeader,
                        layout.row({QString::number(i + 1), centre.name,
                                    VietnameseFormat::count(centre.n), rateText(centre.rate),
                                    VietnameseFormat::interval(centre.ciLow, centre.ciHigh),
                                    rateText(centre.shrunkRate)},
                                   rankingWidths, false));
    }
    blocks.last().height += mm(3);
    blocks << layout.paragraph(words.shrinkNote(figures), layout.font(10, false, true),
                               Qt::AlignLeft, mm(5));

    // One table per indicator, the centres in the ranking's order.
    QStringList indicatorHeaders{headings.column(ReportColumn::Number), centreHeaders.at(1)};
    indicatorHeaders << words.indicatorHeaders();
    const QList<double> indicatorWidths{0.06, 0.34, 0.12, 0.12, 0.18, 0.18};
    const QList<IndicatorDefinition> indicators = document.indicators();
    const bool complete = document.periodComplete();
    for (int j = 0; j < indicators.size(); ++j) {
        const IndicatorDefinition &indicator = indicators.at(j);
        blocks << layout.paragraph(words.indicatorTitle(j + 1, indicator), bold, Qt::AlignLeft,
                                   mm(2));
        const auto header =
            std::make_shared<const Block>(layout.row(indicatorHeaders, indicatorWidths, true));
        blocks << *header;
        for (int i = 0; i < figures.centres.size(); ++i) {
            const CentreFigures &centre = figures.centres.at(i);
            if (j >= centre.indicators.size())
                continue;
            const IndicatorResult &result = centre.indicators.at(j);
            blocks << under(header,
                            layout.row({QString::number(i + 1), centre.name,
                                        VietnameseFormat::count(result.n), rateText(result.rate),
                                        VietnameseFormat::interval(result.ciLow, result.ciHigh),
                                        verdictWord(result, complete, document.language)},
                                       indicatorWidths, false, 5, result.status));
        }
        blocks.last().height += mm(5);
    }
    blocks << layout.paragraph(headings.methodNote(), layout.font(10, false, true), Qt::AlignLeft,
                               0);

    // Pagination first, so every footer can say "Trang i/n".
    QList<int> pageOf;
    int pages = 1;
    double y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        // A short block (a heading, a table's header) stays with the two blocks after it, so
        // that a table never starts at the foot of a page without its first row.
        const bool keepWithNext = blocks.at(i).height < mm(12);
        double needed = blocks.at(i).height;
        for (int k = i + 1; keepWithNext && k < std::min(i + 3, int(blocks.size())); ++k)
            needed += blocks.at(k).height;
        if (y > 0 && y + needed > usable) {
            ++pages;
            y = blocks.at(i).header ? blocks.at(i).header->height : 0.0;
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
                         headings.footer(document.generatedAt));
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, headings.page(number, pages));
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
            if (blocks.at(i).header) {
                blocks.at(i).header->paint(painter, y);
                y += blocks.at(i).header->height;
            }
        }
        blocks.at(i).paint(painter, y);
        y += blocks.at(i).height;
    }
    footer(current);
    painter.end();
    return bytes;
}

} // namespace hailong
