#include "services/IndicatorService.h"

#include "dossier/DossierFigures.h"
#include "period/CentreDay.h"

#include <QJsonArray>

namespace hailong {

IndicatorService::IndicatorService(Storage &storage, QList<IndicatorDefinition> definitions)
    : m_storage(storage)
    , m_definitions(std::move(definitions))
    , m_closings(storage)
{}

QList<IndicatorResult> IndicatorService::evaluate(const QDateTime &from, const QDateTime &to,
                                                  const QString &centre)
{
    return IndicatorCalculator::evaluateAll(m_definitions,
                                            m_storage.ratingBuckets(from, to, centre));
}

IndicatorService::PeriodIndicators IndicatorService::evaluate(const Period &period,
                                                              const QString &centre)
{
    const PeriodFigures figures = m_closings.figures(period, centre);
    PeriodIndicators indicators{
        IndicatorCalculator::evaluateAll(m_definitions, figures.buckets), figures.closed,
        figures.late, m_storage.dossierTally(period.start(), period.endExclusive(), centre)};
    indicators.indicators.append(DossierFigures::onTime(indicators.dossiers));
    return indicators;
}

QJsonObject IndicatorService::report(const Period &period, const QString &centre)
{
    const PeriodIndicators figures = evaluate(period, centre);
    QJsonArray indicators;
    for (const IndicatorResult &result : figures.indicators)
        indicators.append(result.toStaffJson());
    return {{QStringLiteral("period"), period.toJson(CentreDay::today())},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("closed"), optionalJson(figures.closed)},
            {QStringLiteral("late"), optionalJson(figures.late)},
            {QStringLiteral("dossiers"), DossierFigures::toJson(figures.dossiers)}};
}

QJsonObject IndicatorService::publicReport(const Period &period, const QString &communeName,
                                           const QString &centre)
{
    static const QStringList publicFields{QStringLiteral("id"),      QStringLiteral("name"),
                                          QStringLiteral("name_en"), QStringLiteral("target"),
                                          QStringLiteral("n"),       QStringLiteral("rate"),
                                          QStringLiteral("ci_low"),  QStringLiteral("ci_high"),
                                          QStringLiteral("status"),  QStringLiteral("confidence")};
    const QJsonObject staffReport = report(period, centre);
    QJsonArray indicators;
    for (const QJsonValue &entry : staffReport.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject full = entry.toObject();
        QJsonObject row;
        for (const QString &field : publicFields)
            row.insert(field, full.value(field));
        indicators.append(row);
    }
    return {{QStringLiteral("commune"), communeName},
            {QStringLiteral("centre"),
             centre.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(centre)},
            {QStringLiteral("period"), staffReport.value(QLatin1String("period"))},
            {QStringLiteral("indicators"), indicators}};
}

} // namespace hailong
