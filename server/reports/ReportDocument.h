#pragma once

#include "ReportIssuer.h"
#include "ReportLanguage.h"
#include "cases/CaseTally.h"
#include "dossier/DossierTally.h"
#include "indicators/CriterionTally.h"
#include "indicators/IndicatorCalculator.h"
#include "period/Period.h"
#include "period/PeriodClosing.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace hailong {

// One step of a trend: a week or a month inside the report's period.
struct TrendPoint
{
    QString label; // e.g. "T01/2026" or "Tuần 02/01" — shown as is
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate; // percent; none when n = 0
};

// A count and its rate over some period (percent; none when n = 0).
struct ComparedFigures
{
    Period period;
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate;
};

// What an indicator's figure is read against, each under the report's rule.
struct IndicatorComparison
{
    ComparedFigures previous;     // the same kind of period one step back
    ComparedFigures sameLastYear; // the same period a year earlier
    ComparedFigures yearToDate;   // from the start of the rule's year to the period's end
};

// One service field or unit of the period's breakdown.
struct BreakdownRow
{
    QString id;         // field code or unit id
    LocalizedText name; // the field's name in the survey, or the unit's
    QString kind;       // a unit's kind ("admin", …); empty for a field
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate;
};

// A reason citizens ticked, and how many ratings ticked it.
struct ReasonCount
{
    QString code;
    LocalizedText text;
    bool wentWell = false; // a "what went well" reason, else "what went wrong"
    qint64 count = 0;
};

// A comment chosen for the report (stored masked).
struct ReportComment
{
    QDateTime createdAt;
    int overall = 0;
    QString text;
    LocalizedText field; // empty when the rating named none
};

// One row of the plan's appendix table: a numbered indicator, or the "Trong đó" part of the
// numbered row above it (tthc-land under tthc), which has no number of its own.
struct AppendixRow
{
    const IndicatorResult *result = nullptr;
    QString number; // "1", "2", …; empty for a part
    bool part = false;
};

// Everything one report shows. The server fills it from storage; every writer reads only this,
// so the CSV, XLSX, PDF, DOCX and JSON carry the same numbers, in its language.
struct ReportDocument
{
    ReportLanguage language = ReportLanguage::Vietnamese; // every word the files print
    QString communeName; // e.g. "xã Tân Hòa"; the heading reads "UBND " + this
    ReportIssuer issuer; // the PDF's heading and signature block
    Period period;
    QDateTime generatedAt;
    QList<IndicatorResult> indicators;              // in the plan's order (STT = index + 1)
    QMap<QString, QList<TrendPoint>> trends;        // indicator id -> points, oldest first
    QList<TrendPoint> trendRatings;                 // every rating, step by step, as trends
    std::optional<PeriodClosing> closed;            // the indicators are as closed, when it is
    std::optional<LateArrivals> late;               // received after the closing, when closed
    QMap<QString, IndicatorComparison> comparisons; // indicator id -> comparisons
    QList<BreakdownRow> byField;                    // largest first
    QList<BreakdownRow> byUnit;                     // largest first
    QList<ReasonCount> reasons;                     // most frequent first
    QList<ReportComment> comments;                  // at most 10, lowest overall first
    DossierTally dossiers;                          // the dossiers returned in the period
    CaseTally cases;                                // the complaint cases opened in the period
    QList<CriterionResult> criteria;                // by survey, in each survey's order

    // Whether the period had ended when the report was made: the plan's targets are
    // yearly, so a running period's figures are progress ("Chưa đạt"), not a verdict.
    bool periodComplete() const;
    // The last day the report's figures reach ("Số liệu tính đến ngày …").
    QDate dataUntil() const;
    // The indicators as the appendix lists them: each part right under its parent.
    QList<AppendixRow> appendixRows() const;
};

// An appendix row's indicator as printed: its name, or "Trong đó: " + name for a part.
QString appendixName(const AppendixRow &row, ReportLanguage language);

// The verdict as the report prints it: "Đạt"; "Chưa đạt" while the period runs and
// "Không đạt" once it has ended; "Chưa có phiếu" when there is no rating (English: "Met",
// "Not yet met", "Not met", "No ratings yet").
QString verdictWord(const IndicatorResult &result, bool periodComplete, ReportLanguage language);
// "chắc chắn" | "chưa chắc chắn" ("certain" | "uncertain"); empty when n = 0.
QString confidenceWord(const IndicatorResult &result, ReportLanguage language);

} // namespace hailong
