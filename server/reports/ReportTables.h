#pragma once

#include "ReportDocument.h"
#include "ReportHeadings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hailong {

// A table of words as every format prints it: the CSV as rows, the XLSX as cells, the PDF
// as a ruled grid. Written once, so the comparisons and breakdowns read the same in each.
struct ReportTable
{
    QString title; // e.g. "2. So sánh với các kỳ khác"
    QStringList headers;
    QList<QStringList> rows;
    QString emptyText; // printed as the only row when there are none
    // Each column's share of the page's width (the PDF and DOCX): words in the first columns,
    // a comment's text, last, gets what is left.
    QList<double> widths;
};

// The report's parts after the appendix, in order: comparisons with the previous period, the
// same period last year and the year to date; ratings by service field and by unit; the
// reasons ticked; the comments chosen; the dossiers the figures rest on; the complaint cases;
// the rate per criterion. Rates cut to one decimal, changes in points.
QList<ReportTable> analysisTables(const ReportDocument &document);

// The appendix table as the PDF and the DOCX print it (STT, indicator, lead, partners, target,
// result, ratings, interval, verdict): its headers, one row's cells and the columns' shares.
QStringList appendixHeaders(const ReportHeadings &words);
QStringList appendixCells(const AppendixRow &row, const ReportDocument &document);
QList<double> appendixWidths();

// "+1,2", "-0,5" or "0,0": the change between two rates as printed (cut to one decimal);
// "—" when either is missing.
QString changeInPoints(const std::optional<double> &now, const std::optional<double> &before);

} // namespace hailong
