#include "CsvReportWriter.h"

#include "ClosingNote.h"
#include "ReportHeadings.h"
#include "ReportTables.h"
#include "VietnameseFormat.h"

#include <QRegularExpression>
#include <QStringList>

namespace hailong {

namespace {

// A spreadsheet runs a cell that starts with = + - or @ as a formula, and a citizen's comment
// can start that way: such a cell, unless it is one of the report's own signed numbers, is
// written after an apostrophe so that it stays text.
QString asText(const QString &value)
{
    static const QRegularExpression formulaStart(QStringLiteral("^[=+\\-@\t\r]"));
    static const QRegularExpression signedNumber(QStringLiteral("^[+-]?[0-9]+(,[0-9]+)?$"));
    if (!formulaStart.match(value).hasMatch() || signedNumber.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString field(const QString &raw, bool forceQuotes = false)
{
    const QString value = asText(raw);
    const bool needsQuotes = forceQuotes || value.contains(QLatin1Char(',')) ||
                             value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString rateField(const std::optional<double> &rate)
{
    return rate ? field(VietnameseFormat::decimal(*rate), true) : QString();
}

} // namespace

QByteArray CsvReportWriter::write(const ReportDocument &document)
{
    QStringList lines;
    const auto row = [&lines](const QStringList &cells) { lines << cells.join(QLatin1Char(',')); };

    const ReportHeadings words(document.language);
    row({field(words.title()), field(words.issuer(document.communeName))});
    row({field(words.periodLabel()),
         field(words.periodTitle(document.period) + QLatin1Char(' ') +
               words.periodDates(document.period)),
         field(words.periodRule(document.period.rule()))});
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        row({field(dataUntil)});
    row({field(words.generatedLabel()), field(VietnameseFormat::dateTime(document.generatedAt))});
    lines << QString();

    QStringList headings;
    for (const QString &heading :
         words.columns({ReportColumn::Number, ReportColumn::Indicator, ReportColumn::LeadAgency,
                        ReportColumn::Partner, ReportColumn::Target, ReportColumn::Result,
                        ReportColumn::Ratings, ReportColumn::Satisfied, ReportColumn::Interval,
                        ReportColumn::Assessment, ReportColumn::Confidence}))
        headings << field(heading);
    row(headings);
    for (const AppendixRow &appendix : document.appendixRows()) {
        const IndicatorResult &result = *appendix.result;
        const ReportLanguage language = document.language;
        row({appendix.number, field(appendixName(appendix, language)),
             field(localized(result.definition.lead, language)),
             field(localized(result.definition.partner, language)),
             field(VietnameseFormat::decimal(result.definition.target), true),
             rateField(result.rate), QString::number(result.n), QString::number(result.satisfied),
             field(VietnameseFormat::interval(result.ciLow, result.ciHigh)),
             field(verdictWord(result, document.periodComplete(), language)),
             field(confidenceWord(result, language))});
    }

    const QStringList closing = closingNote(document);
    if (!closing.isEmpty())
        lines << QString();
    for (const QString &line : closing)
        row({field(line)});
    for (const ReportTable &table : analysisTables(document)) {
        lines << QString();
        row({field(table.title)});
        QStringList cells;
        for (const QString &heading : table.headers)
            cells << field(heading);
        row(cells);
        if (table.rows.isEmpty())
            row({field(table.emptyText)});
        for (const QStringList &values : table.rows) {
            cells.clear();
            for (const QString &value : values)
                cells << field(value, true);
            row(cells);
        }
    }

    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QStringLiteral("\r\n")).toUtf8();
    bytes += "\r\n";
    return bytes;
}

} // namespace hailong
