#pragma once

#include "indicators/IndicatorDefinition.h"
#include "indicators/RatingBucket.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace hailong {

enum class IndicatorStatus { Met, NotMet };
enum class Confidence { Certain, Uncertain };

QString indicatorStatusCode(IndicatorStatus status); // "met" | "not-met"
QString confidenceCode(Confidence confidence);       // "certain" | "uncertain"

// One indicator evaluated over one period.
struct IndicatorResult
{
    IndicatorDefinition definition;
    qint64 n = 0;
    qint64 satisfied = 0;
    std::optional<double> rate;  // percent, unrounded; none when n = 0
    std::optional<double> ciLow; // Wilson 95 %
    std::optional<double> ciHigh;
    // No verdict without ratings: none when n = 0.
    std::optional<IndicatorStatus> status;
    std::optional<Confidence> confidence;  // certain: interval wholly on one side
    std::optional<qint64> dossiersHandled; // N, where known
    std::optional<qint64> requiredSample;  // n = N / (1 + N·0.05²), rounded up
    std::optional<bool> sampleReached;

    // The wire form of GET /api/v1/indicators (null rate, ci, status and confidence when
    // n = 0).
    QJsonObject toJson() const;
    // toJson() plus what staff reads and the report add: "name_en", "lead", "lead_en",
    // "partner", "partner_en" and "parent" (the "Trong đó" row's parent id, else null).
    QJsonObject toStaffJson() const;
};

class IndicatorCalculator
{
public:
    // The Ministry of Home Affairs' sample size for N dossiers at a 5 % margin, rounded up.
    static qint64 requiredSampleSize(qint64 dossiersHandled);

    static IndicatorResult evaluate(const IndicatorDefinition &definition, qint64 satisfied,
                                    qint64 n, std::optional<qint64> dossiersHandled = std::nullopt);

    // Sums the buckets in each definition's scope and evaluates it.
    static QList<IndicatorResult> evaluateAll(const QList<IndicatorDefinition> &definitions,
                                              const QList<RatingBucket> &buckets);
};

} // namespace hailong
