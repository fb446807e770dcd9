#include "services/RatingPatternService.h"

#include "period/PeriodRule.h"
#include "services/ReasonLabels.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <utility>

namespace hailong {

namespace {
constexpr int levels = 5;

QJsonObject reasonJson(const ReasonCount &reason)
{
    return {{QStringLiteral("code"), reason.code},
            {QStringLiteral("text"), reason.text.vi},
            {QStringLiteral("text_en"), reason.text.en.isEmpty() ? reason.text.vi : reason.text.en},
            {QStringLiteral("kind"),
             reason.wentWell ? QStringLiteral("went-well") : QStringLiteral("went-wrong")},
            {QStringLiteral("count"), reason.count}};
}

struct Cell
{
    qint64 n = 0;
    qint64 satisfied = 0;
};
} // namespace

RatingPatternService::RatingPatternService(Storage &storage, const SurveyProvider &surveys)
    : m_storage(storage)
    , m_surveys(surveys)
{}

QJsonObject RatingPatternService::patterns(const QDate &first, const QDate &last,
                                           const QString &centre)
{
    const QDateTime from(first, QTime(0, 0), centreTimeZone());
    const QDateTime to(last.addDays(1), QTime(0, 0), centreTimeZone());
    const QList<ReasonTally> tallies = m_storage.reasonTallies(from, to, {}, centre);
    QHash<QString, qint64> totals;
    for (const ReasonTally &tally : tallies)
        totals[tally.code] += tally.count;
    // Worded and sorted as the report words its reasons; each counter's row takes its words.
    const QList<ReasonCount> labelled = labelledReasons(totals, m_surveys.catalog());
    QHash<QString, ReasonCount> byCode;
    QJsonArray reasons;
    for (const ReasonCount &reason : labelled) {
        byCode.insert(reason.code, reason);
        reasons.append(reasonJson(reason));
    }

    QList<ReasonTally> byCounter = tallies;
    std::sort(byCounter.begin(), byCounter.end(), [](const ReasonTally &a, const ReasonTally &b) {
        if (a.centreId != b.centreId)
            return a.centreId < b.centreId;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        if (a.field != b.field)
            return a.field < b.field;
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    const SurveyDefinition *defaultSurvey = m_surveys.catalog().find(QStringLiteral("default"));
    QJsonArray counterRows;
    for (const ReasonTally &tally : byCounter) {
        ReasonCount reason = byCode.value(tally.code);
        reason.count = tally.count;
        QJsonObject row = reasonJson(reason);
        const ServiceField *field =
            defaultSurvey && !tally.field.isEmpty() ? defaultSurvey->field(tally.field) : nullptr;
        row.insert(QStringLiteral("counter"), tally.counter);
        row.insert(QStringLiteral("centre"), tally.centreId);
        row.insert(QStringLiteral("field"), tally.field);
        row.insert(QStringLiteral("field_name"), field ? field->name.vi : tally.field);
        row.insert(QStringLiteral("field_name_en"), field ? field->name.en : tally.field);
        counterRows.append(row);
    }

    const QMap<int, qint64> levelCounts = m_storage.levelCounts(from, to, centre);
    QJsonArray levelRows;
    for (int level = 1; level <= levels; ++level)
        levelRows.append(QJsonObject{{QStringLiteral("level"), level},
                                     {QStringLiteral("count"), levelCounts.value(level)}});

    // From the hourly rollups, a day at a time: exact, and no rating row is read.
    QMap<std::pair<int, int>, Cell> cells;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const HourTally &hour : m_storage.hourlyTallies(day, centre)) {
            Cell &cell = cells[{day.dayOfWeek(), hour.hour}];
            cell.n += hour.n;
            cell.satisfied += hour.satisfied;
        }
    }
    QJsonArray weekHours;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        weekHours.append(
            QJsonObject{{QStringLiteral("weekday"), it.key().first},
                        {QStringLiteral("hour"), it.key().second},
                        {QStringLiteral("n"), it->n},
                        {QStringLiteral("satisfied"), it->satisfied},
                        {QStringLiteral("rate"), double(it->satisfied) * 100.0 / double(it->n)}});
    }

    return {{QStringLiteral("from"), first.toString(Qt::ISODate)},
            {QStringLiteral("to"), last.toString(Qt::ISODate)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("reasons_by_counter"), counterRows},
            {QStringLiteral("levels"), levelRows},
            {QStringLiteral("week_hours"), weekHours}};
}

} // namespace hailong
