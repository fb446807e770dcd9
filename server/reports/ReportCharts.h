#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace hailong {

// A chart the report prints after its tables, with the words that head it (unnumbered).
struct ReportChart
{
    QString title;
    QByteArray svg; // ChartSvg's, the same the dashboard shows
};

// The indicators against their targets, then the trend when any of its steps has ratings:
// the PDF draws these SVGs, the DOCX embeds them as pictures.
QList<ReportChart> reportCharts(const ReportDocument &document);

// The chart as a picture `width` pixels wide, white behind it (a Word file cannot hold SVG for
// every reader). Null when the SVG cannot be read.
QImage chartPicture(const QByteArray &svg, int width);

} // namespace hailong
