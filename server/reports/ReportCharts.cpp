#include "ReportCharts.h"

#include "ChartSvg.h"

#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>

namespace hailong {

QList<ReportChart> reportCharts(const ReportDocument &document)
{
    const bool english = document.language == ReportLanguage::English;
    QList<ReportChart> charts{
        {english ? QStringLiteral("Results against the targets")
                 : QStringLiteral("Biểu đồ kết quả so với chỉ tiêu"),
         ChartSvg::indicators(document.indicators, document.language, document.periodComplete())}};
    QList<TrendLine> lines;
    for (const IndicatorResult &result : document.indicators) {
        const QList<TrendPoint> points = document.trends.value(result.definition.id);
        const bool any = std::any_of(points.cbegin(), points.cend(),
                                     [](const TrendPoint &p) { return p.n > 0; });
        if (any)
            lines << TrendLine{result.definition.name, result.definition.target, points};
    }
    if (!lines.isEmpty())
        charts << ReportChart{english ? QStringLiteral("Satisfaction rate through the period")
                                      : QStringLiteral("Diễn biến tỷ lệ hài lòng trong kỳ"),
                              ChartSvg::trend(lines, document.trendRatings, document.language)};
    return charts;
}

QImage chartPicture(const QByteArray &svg, int width)
{
    QSvgRenderer renderer(svg);
    const QSizeF size = renderer.defaultSize();
    if (!renderer.isValid() || size.isEmpty())
        return {};
    QImage picture(width, int(width * size.height() / size.width()), QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(picture.size())));
    return picture;
}

} // namespace hailong
