#pragma once

#include "indicators/IndicatorDefinition.h"
#include "storage/Storage.h"

#include <QDate>
#include <QList>
#include <optional>

namespace hailong {

// One indicator over one period, as the commune's own database gave it (before) and as the
// province's gives it for the centre the commune became (after).
struct FigureComparison
{
    QString rule;   // "nd09" | "calendar"
    QString period; // "2026-Q1", "2026-H1", "2026"
    QString indicator;
    qint64 nBefore = 0;
    qint64 nAfter = 0;
    std::optional<double> rateBefore;
    std::optional<double> rateAfter;

    bool same() const { return nBefore == nAfter && rateBefore == rateAfter; }
    // "nd09 2026-Q1 admin-service: before n=12 rate=91.666667, after n=12 rate=91.666667, same"
    QString line() const;
};

// What `centre import` checks at its end: every quarter, half-year and year, under both rules,
// that holds a day of [firstDay, lastDay] with ratings in either database.
class ImportedFigures
{
public:
    // `beforeCentre` / `afterCentre` as Storage::ratingBuckets takes them (empty: every centre).
    static QList<FigureComparison> compare(Storage &before, const QString &beforeCentre,
                                           Storage &after, const QString &afterCentre,
                                           const QList<IndicatorDefinition> &definitions,
                                           const QDate &firstDay, const QDate &lastDay);
};

} // namespace hailong
