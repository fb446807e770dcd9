#include "JsonReportWriter.h"

#include "dossier/DossierFigures.h"

#include <QJsonArray>

namespace hailong {

namespace {

QJsonValue rateJson(const std::optional<double> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue();
}

QJsonObject figuresJson(const ComparedFigures &figures)
{
    return {{QStringLiteral("period"),
             QJsonObject{{QStringLiteral("name"), figures.period.name()},
                         {QStringLiteral("from"), figures.period.from().toString(Qt::ISODate)},
                         {QStringLiteral("to"), figures.period.to().toString(Qt::ISODate)}}},
            {QStringLiteral("n"), figures.n},
            {QStringLiteral("satisfied"), figures.satisfied},
            {QStringLiteral("rate"), rateJson(figures.rate)}};
}

QJsonArray breakdownJson(const QList<BreakdownRow> &rows, bool units, ReportLanguage language)
{
    QJsonArray list;
    for (const BreakdownRow &row : rows) {
        QJsonObject entry{{units ? QStringLiteral("id") : QStringLiteral("field"), row.id},
                          {QStringLiteral("name"), localized(row.name, language)},
                          {QStringLiteral("n"), row.n},
                          {QStringLiteral("satisfied"), row.satisfied},
                          {QStringLiteral("rate"), rateJson(row.rate)}};
        if (units)
            entry.insert(QStringLiteral("kind"), row.kind);
        list.append(entry);
    }
    return list;
}

// Each criterion's label and its survey's question in the report's language, and in English for
// the dashboard's English view (the survey's Vietnamese when it gives none).
QJsonArray criteriaJson(const QList<CriterionResult> &criteria, ReportLanguage language)
{
    QJsonArray list;
    for (const CriterionResult &row : criteria)
        list.append(
            QJsonObject{{QStringLiteral("survey"), row.survey},
                        {QStringLiteral("survey_title"), localized(row.surveyTitle, language)},
                        {QStringLiteral("survey_title_en"),
                         localized(row.surveyTitle, ReportLanguage::English)},
                        {QStringLiteral("code"), row.code},
                        {QStringLiteral("label"), localized(row.label, language)},
                        {QStringLiteral("label_en"), localized(row.label, ReportLanguage::English)},
                        {QStringLiteral("n"), row.n},
                        {QStringLiteral("satisfied"), row.satisfied},
                        {QStringLiteral("rate"), rateJson(row.rate)}});
    return list;
}

} // namespace

QJsonObject JsonReportWriter::toJson(const ReportDocument &document)
{
    QJsonArray indicators;
    for (const IndicatorResult &result : document.indicators) {
        QJsonObject row = result.toStaffJson();
        const auto comparison = document.comparisons.constFind(result.definition.id);
        if (comparison != document.comparisons.cend()) {
            row.insert(QStringLiteral("previous"), figuresJson(comparison->previous));
            row.insert(QStringLiteral("same_period_last_year"),
                       figuresJson(comparison->sameLastYear));
            row.insert(QStringLiteral("year_to_date"), figuresJson(comparison->yearToDate));
        }
        indicators.append(row);
    }
    QJsonObject trend;
    for (auto it = document.trends.cbegin(); it != document.trends.cend(); ++it) {
        QJsonArray points;
        for (const TrendPoint &point : it.value()) {
            points.append(QJsonObject{{QStringLiteral("label"), point.label},
                                      {QStringLiteral("n"), point.n},
                                      {QStringLiteral("satisfied"), point.satisfied},
                                      {QStringLiteral("rate"), rateJson(point.rate)}});
        }
        trend.insert(it.key(), points);
    }
    QJsonArray reasons;
    for (const ReasonCount &reason : document.reasons) {
        reasons.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("text"), localized(reason.text, document.language)},
                        {QStringLiteral("kind"), reason.wentWell ? QStringLiteral("went-well")
                                                                 : QStringLiteral("went-wrong")},
                        {QStringLiteral("count"), reason.count}});
    }
    QJsonArray comments;
    for (const ReportComment &comment : document.comments) {
        comments.append(
            QJsonObject{{QStringLiteral("created_at"), comment.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("overall"), comment.overall},
                        {QStringLiteral("comment"), comment.text},
                        {QStringLiteral("field"), localized(comment.field, document.language)}});
    }
    return QJsonObject{
        {QStringLiteral("commune"), document.communeName},
        {QStringLiteral("period"),
         document.period.toJson(document.generatedAt.toTimeZone(centreTimeZone()).date())},
        {QStringLiteral("generated_at"), document.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("trend"), trend},
        {QStringLiteral("by_field"), breakdownJson(document.byField, false, document.language)},
        {QStringLiteral("by_unit"), breakdownJson(document.byUnit, true, document.language)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("criteria"), criteriaJson(document.criteria, document.language)},
        {QStringLiteral("comments"), comments},
        {QStringLiteral("closed"), optionalJson(document.closed)},
        {QStringLiteral("late"), optionalJson(document.late)},
        {QStringLiteral("dossiers"), DossierFigures::toJson(document.dossiers)},
        {QStringLiteral("cases"),
         QJsonObject{{QStringLiteral("received"), document.cases.received},
                     {QStringLiteral("answered_in_time"), document.cases.answeredInTime},
                     {QStringLiteral("open"), document.cases.open},
                     {QStringLiteral("answer_days"), document.cases.answerDays}}}};
}

} // namespace hailong
