#include "services/ReportService.h"

#include "JsonReportWriter.h"
#include "services/CentreTitle.h"
#include "services/ReasonLabels.h"

#include <QMap>
#include <algorithm>

namespace hailong {

namespace {

constexpr int reportComments = 10;

std::optional<double> rateOf(qint64 satisfied, qint64 n)
{
    if (n == 0)
        return std::nullopt;
    return double(satisfied) * 100.0 / double(n);
}

// A closed period's comments and reasons are those of the ratings its figures hold: received
// by its closing.
QDateTime receivedBy(const ReportDocument &document)
{
    return document.closed ? document.closed->at : QDateTime();
}

// An English report's trend names its months "Dec 2025", not "T12/2025".
void nameStepsInEnglish(QList<TrendPoint> &points, const QList<TrendStep> &steps)
{
    for (qsizetype i = 0; i < points.size() && i < steps.size(); ++i)
        points[i].label = steps.at(i).labelEn;
}

bool largerFirst(const BreakdownRow &a, const BreakdownRow &b)
{
    return a.n != b.n ? a.n > b.n : a.id < b.id;
}

} // namespace

ReportService::ReportService(Storage &storage, IndicatorService &indicators, TrendService &trends,
                             const SurveyProvider &surveys, CaseService &cases, QString communeName,
                             const ReportIssuerSettings &issuer)
    : m_storage(storage)
    , m_closings(storage)
    , m_indicators(indicators)
    , m_trends(trends)
    , m_surveys(surveys)
    , m_cases(cases)
    , m_communeName(std::move(communeName))
    , m_issuer(issuer)
{}

ReportDocument ReportService::document(const Period &period, ReportLanguage language,
                                       const QString &centre)
{
    ReportDocument document;
    document.language = language;
    addHeading(document, centre);
    document.period = period;
    document.generatedAt = QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone());
    IndicatorService::PeriodIndicators figures = m_indicators.evaluate(period, centre);
    document.indicators = std::move(figures.indicators);
    document.closed = figures.closed;
    document.late = figures.late;
    document.dossiers = figures.dossiers;
    document.cases = m_cases.tally(period.start(), period.endExclusive(), centre);
    const Trend trend = m_trends.trend(period, TrendStepKind::Month, centre);
    document.trends = trend.points;
    document.trendRatings = trend.ratings;
    if (language == ReportLanguage::English) {
        for (QList<TrendPoint> &points : document.trends)
            nameStepsInEnglish(points, trend.steps);
        nameStepsInEnglish(document.trendRatings, trend.steps);
    }
    addComparisons(document, centre);
    addBreakdowns(document, centre);
    addReasons(document, centre);
    addCriteria(document, centre);
    for (const StoredRating &stored : m_storage.lowestComments(
             period.start(), period.endExclusive(), reportComments, receivedBy(document), centre)) {
        document.comments << ReportComment{stored.rating.createdAt, stored.rating.overall,
                                           stored.rating.comment, fieldName(stored.rating.field)};
    }
    return document;
}

QJsonObject ReportService::figures(const Period &period, const QString &centre)
{
    return JsonReportWriter::toJson(document(period, ReportLanguage::Vietnamese, centre));
}

void ReportService::addHeading(ReportDocument &document, const QString &centre)
{
    if (const std::optional<QString> title = centreTitle(m_storage, centre)) {
        document.communeName = *title;
        document.issuer = ReportIssuer::fromCentre({}, document.communeName, document.language);
        return;
    }
    document.communeName = m_communeName;
    document.issuer = m_issuer.issuer(document.language);
}

void ReportService::addComparisons(ReportDocument &document, const QString &centre)
{
    const Period &period = document.period;
    const auto figures = [this, &centre](const Period &other) {
        QMap<QString, ComparedFigures> byId;
        // A closed period compares by its closed figures, as its own report gives them.
        for (const IndicatorResult &result : m_indicators.evaluate(other, centre).indicators)
            byId.insert(result.definition.id,
                        {other, result.n, result.satisfied, rateOf(result.satisfied, result.n)});
        return byId;
    };
    const QMap<QString, ComparedFigures> previous = figures(period.previous());
    const QMap<QString, ComparedFigures> lastYear = figures(period.sameLastYear());
    const QMap<QString, ComparedFigures> toDate = figures(period.yearToDate());
    for (const IndicatorResult &result : document.indicators) {
        const QString &id = result.definition.id;
        document.comparisons.insert(id, {previous.value(id), lastYear.value(id), toDate.value(id)});
    }
}

void ReportService::addBreakdowns(ReportDocument &document, const QString &centre)
{
    QMap<QString, BreakdownRow> fields;
    QMap<QString, BreakdownRow> units;
    // A closed period breaks its closed figures down.
    for (const RollupTotals &group : m_closings.rollupTotals(document.period, centre)) {
        if (group.suspect)
            continue;
        BreakdownRow &unit = units[group.unitId];
        unit.n += group.n;
        unit.satisfied += group.satisfied;
        if (group.field.isEmpty())
            continue;
        BreakdownRow &field = fields[group.field];
        field.n += group.n;
        field.satisfied += group.satisfied;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        it->id = it.key();
        it->name = fieldName(it.key());
        it->rate = rateOf(it->satisfied, it->n);
        document.byField << *it;
    }
    for (auto it = units.begin(); it != units.end(); ++it) {
        const std::optional<UnitRecord> unit = m_storage.unit(it.key());
        it->id = it.key();
        it->name = {unit ? unit->name : it.key(), {}};
        it->kind = unit ? unitKindCode(unit->kind) : QString();
        it->rate = rateOf(it->satisfied, it->n);
        document.byUnit << *it;
    }
    std::sort(document.byField.begin(), document.byField.end(), largerFirst);
    std::sort(document.byUnit.begin(), document.byUnit.end(), largerFirst);
}

void ReportService::addReasons(ReportDocument &document, const QString &centre)
{
    document.reasons = labelledReasons(m_storage.reasonCounts(document.period.start(),
                                                              document.period.endExclusive(),
                                                              receivedBy(document), centre),
                                       m_surveys.catalog());
}

void ReportService::addCriteria(ReportDocument &document, const QString &centre)
{
    CriterionTally tally(m_surveys.catalog());
    for (const CriteriaAnswers &group : m_storage.criteriaAnswers(
             document.period.start(), document.period.endExclusive(), receivedBy(document), centre))
        tally.add(group.survey, group.answers, group.ratings);
    document.criteria = tally.results();
}

LocalizedText ReportService::fieldName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    for (const QString &surveyId : m_surveys.catalog().ids()) {
        if (const ServiceField *field = m_surveys.catalog().find(surveyId)->field(code))
            return field->name;
    }
    return {code, {}};
}

Result<ExportedReport> ReportService::exportReport(const Period &period, ReportFormat format,
                                                   ReportLanguage language, const Actor &actor,
                                                   const QString &centre)
{
    const ReportDocument report = document(period, language, centre);
    const Result<ReportFile> file = renderReport(report, format);
    QString target =
        QStringLiteral("%1 %2 %3")
            .arg(period.name(), periodRuleCode(period.rule()), reportFormatCode(format));
    if (language == ReportLanguage::English)
        target += QStringLiteral(" en");
    if (!file) {
        m_storage.audit(QStringLiteral("export-failed"), actor.user, target, actor.address, centre);
        return file.error();
    }
    m_storage.audit(QStringLiteral("export"), actor.user, target, actor.address, centre);
    return ExportedReport{file.value(), file.value().fileName(report)};
}

} // namespace hailong
