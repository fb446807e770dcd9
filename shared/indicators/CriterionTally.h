#pragma once

#include "survey/SurveyCatalog.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace hailong {

// One criterion of one survey over a period.
struct CriterionResult
{
    QString survey;            // the survey's id: a code ("co-so-vat-chat") may be in several
    LocalizedText surveyTitle; // the survey's question; its id when the catalog has none
    QString code;              // the criterion's code
    LocalizedText label;       // as the survey names it; the code when the survey no longer does
    qint64 n = 0;              // ratings that answered it with a level (not 0, "no opinion")
    qint64 satisfied = 0;
    std::optional<double> rate; // percent, unrounded; none when n = 0
};

// Adds up the criterion answers of a period's ratings the way the overall rating counts
// (DESIGN.md, "Scale"): a level the rating's survey counts as satisfied is satisfied, and an
// answer 0 ("no opinion") is left out of that criterion's denominator. A survey the catalog
// does not know satisfies nobody, as the overall level of its ratings does not.
class CriterionTally
{
public:
    explicit CriterionTally(const SurveyCatalog &surveys);

    // `ratings` ratings of the survey `surveyId` gave these answers (code -> level).
    void add(const QString &surveyId, const QMap<QString, int> &answers, qint64 ratings = 1);

    // Every criterion someone answered (0 included), by survey id, each survey's criteria in
    // the order it asks them, then codes it no longer defines, by code.
    QList<CriterionResult> results() const;

private:
    struct Count
    {
        qint64 n = 0;
        qint64 satisfied = 0;
    };
    const SurveyCatalog &m_surveys;
    QMap<QString, QMap<QString, Count>> m_counts; // survey id -> code -> count
};

} // namespace hailong
