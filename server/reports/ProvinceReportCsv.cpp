#include "ProvinceReportCsv.h"

#include "VietnameseFormat.h"

#include <QStringList>

namespace hailong {

namespace {

// Every cell is quoted: names and decimal commas need it, and a quoted cell that starts with
// = + - or @ is still a formula to a spreadsheet, so such text (a centre's name) gets an
// apostrophe first.
QString field(const QString &raw)
{
    QString value = raw;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)) &&
        value != QStringLiteral("—"))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QByteArray ProvinceReportCsv::write(const ProvinceReportDocument &document)
{
    const ProvinceReportWords words(document.language);
    const ReportHeadings &headings = words.headings();
    const ProvinceFigures &figures = document.figures;
    QStringList lines;
    const auto row = [&lines](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << field(cell);
        lines << quoted.join(QLatin1Char(','));
    };

    row({words.title(), headings.issuer(document.issuerName)});
    row({headings.periodLabel(),
         headings.periodTitle(figures.period) + QLatin1Char(' ') +
             headings.periodDates(figures.period),
         headings.periodRule(figures.period.rule())});
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        row({dataUntil});
    row({headings.generatedLabel(), VietnameseFormat::dateTime(document.generatedAt)});
    lines << QString();

    const QStringList centreHeaders = words.centreHeaders();
    QStringList groups(centreHeaders.size(), QString());
    QStringList columns = centreHeaders;
    for (const IndicatorDefinition &indicator : document.indicators()) {
        const QStringList perIndicator = words.indicatorHeaders();
        groups << localized(indicator.name, document.language);
        for (int i = 1; i < perIndicator.size(); ++i)
            groups << QString();
        columns << perIndicator;
    }
    row(groups);
    row(columns);
    for (int i = 0; i < figures.centres.size(); ++i)
        row(provinceRowCells(document, i));
    lines << QString();
    row({words.provinceLine(figures)});
    row({words.shrinkNote(figures)});
    row({headings.methodNote()});

    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QStringLiteral("\r\n")).toUtf8();
    bytes += "\r\n";
    return bytes;
}

} // namespace hailong
