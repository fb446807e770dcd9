#include "dossier/DossierFigures.h"

#include <QJsonObject>

namespace hailong {

namespace {
QJsonValue orNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject satisfaction(qint64 n, qint64 satisfied)
{
    return {{QStringLiteral("n"), n},
            {QStringLiteral("satisfied"), satisfied},
            {QStringLiteral("rate"), orNull(DossierFigures::percent(satisfied, n))}};
}
} // namespace

IndicatorDefinition DossierFigures::onTimeDefinition()
{
    IndicatorDefinition definition;
    definition.id = QStringLiteral("on-time");
    definition.name = {QStringLiteral("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn"),
                       QStringLiteral("Administrative dossiers resolved on time")};
    definition.lead = IndicatorDefinition::defaultLead(QStringLiteral("tthc"));
    definition.partner = IndicatorDefinition::defaultPartner();
    definition.target = 95.0;
    return definition;
}

IndicatorResult DossierFigures::onTime(const DossierTally &tally)
{
    return IndicatorCalculator::evaluate(onTimeDefinition(), tally.onTime, tally.handled);
}

std::optional<double> DossierFigures::percent(qint64 part, qint64 of)
{
    if (of <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(of);
}

QJsonValue DossierFigures::toJson(const DossierTally &tally)
{
    if (tally.handled == 0)
        return QJsonValue();
    const qint64 needed = IndicatorCalculator::requiredSampleSize(tally.handled);
    return QJsonObject{
        {QStringLiteral("handled"), tally.handled},
        {QStringLiteral("on_time"), tally.onTime},
        {QStringLiteral("online"), tally.online},
        {QStringLiteral("rated"), tally.rated()},
        {QStringLiteral("repeats"), tally.repeats},
        {QStringLiteral("response_rate"), orNull(percent(tally.rated(), tally.handled))},
        {QStringLiteral("sample_needed"), needed},
        {QStringLiteral("sample_reached"), tally.rated() >= needed},
        {QStringLiteral("by_timeliness"),
         QJsonObject{
             {QStringLiteral("on_time"), satisfaction(tally.ratedOnTime, tally.satisfiedOnTime)},
             {QStringLiteral("late"), satisfaction(tally.ratedLate, tally.satisfiedLate)}}}};
}

} // namespace hailong
