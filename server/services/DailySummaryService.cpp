#include "services/DailySummaryService.h"

#include "period/PeriodRule.h"
#include "storage/RegisteredStaff.h"

#include <QJsonArray>
#include <QMap>

namespace hailong {

namespace {
constexpr int latestComments = 50;

struct Tally
{
    qint64 n = 0;
    qint64 satisfied = 0;

    void add(const Tally &other)
    {
        n += other.n;
        satisfied += other.satisfied;
    }
};

QJsonValue rateOf(const Tally &tally)
{
    if (tally.n == 0)
        return QJsonValue::Null;
    return double(tally.satisfied) * 100.0 / double(tally.n);
}

QJsonObject tallyJson(const Tally &tally)
{
    return {{QStringLiteral("n"), tally.n},
            {QStringLiteral("satisfied"), tally.satisfied},
            {QStringLiteral("rate"), rateOf(tally)}};
}

QJsonObject withTally(QJsonObject object, const Tally &tally)
{
    const QJsonObject counts = tallyJson(tally);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString rfc3339(const QDateTime &instant)
{
    return instant.toString(Qt::ISODateWithMs);
}
} // namespace

DailySummaryService::DailySummaryService(Storage &storage, IndicatorService &indicators,
                                         const SurveyProvider &surveys)
    : m_storage(storage)
    , m_indicators(indicators)
    , m_surveys(surveys)
{}

QJsonObject DailySummaryService::summary(const QDate &date, const QString &centre)
{
    const QDateTime from(date, QTime(0, 0), centreTimeZone());
    const QDateTime to = from.addDays(1);
    const QDate next = date.addDays(1);

    Tally total;
    Tally hours[24];
    QMap<QString, Tally> byUnit, byStaff, byField;
    QMap<std::pair<QString, QString>, Tally> byCounter; // by (centre, counter): each has "Quầy 1"
    qint64 suspect = 0;
    qint64 clockSkew = 0;
    qint64 unattributed = 0;
    // Ratings stored before a code was registered may still carry codes the register lacks.
    const RegisteredStaff registered(m_storage.staffMembers());
    for (const RollupTotals &group : m_storage.rollupTotals(date, next, centre)) {
        clockSkew += group.clockSkewed;
        if (group.suspect) {
            suspect += group.n;
            continue;
        }
        const Tally tally{group.n, group.satisfied};
        total.add(tally);
        unattributed += group.unattributed;
        byUnit[group.unitId].add(tally);
        if (!group.counter.isEmpty())
            byCounter[{group.centreId, group.counter}].add(tally);
        if (!group.staff.isEmpty() && registered.attributes(group.unitId, group.staff))
            byStaff[group.staff].add(tally);
        if (!group.field.isEmpty())
            byField[group.field].add(tally);
    }
    for (const HourTally &hour : m_storage.hourlyTallies(date, centre)) {
        if (hour.hour >= 0 && hour.hour < 24)
            hours[hour.hour].add({hour.n, hour.satisfied});
    }

    QJsonArray indicators;
    for (const IndicatorResult &result : m_indicators.evaluate(from, to, centre))
        indicators.append(result.toJson());

    QJsonArray hourly;
    for (int hour = 0; hour < 24; ++hour)
        hourly.append(QJsonObject{{QStringLiteral("hour"), hour},
                                  {QStringLiteral("n"), hours[hour].n},
                                  {QStringLiteral("satisfied"), hours[hour].satisfied}});

    QJsonArray units;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        const std::optional<UnitRecord> unit = m_storage.unit(it.key());
        units.append(
            withTally({{QStringLiteral("id"), it.key()},
                       {QStringLiteral("name"), unit ? unit->name : QString()},
                       {QStringLiteral("kind"), unit ? unitKindCode(unit->kind) : QString()}},
                      it.value()));
    }
    QJsonArray counters;
    for (auto it = byCounter.cbegin(); it != byCounter.cend(); ++it)
        counters.append(withTally({{QStringLiteral("counter"), it.key().second},
                                   {QStringLiteral("centre"), it.key().first}},
                                  it.value()));
    QJsonArray staff;
    for (auto it = byStaff.cbegin(); it != byStaff.cend(); ++it)
        staff.append(withTally({{QStringLiteral("staff"), it.key()}}, it.value()));
    QJsonArray fields;
    const SurveyDefinition *defaultSurvey = m_surveys.catalog().find(QStringLiteral("default"));
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const ServiceField *field = defaultSurvey ? defaultSurvey->field(it.key()) : nullptr;
        fields.append(withTally({{QStringLiteral("field"), it.key()},
                                 {QStringLiteral("name"), field ? field->name.vi : it.key()}},
                                it.value()));
    }

    QJsonArray comments;
    for (const StoredRating &stored : m_storage.latestComments(from, to, latestComments, centre)) {
        comments.append(
            QJsonObject{{QStringLiteral("created_at"), rfc3339(stored.rating.createdAt)},
                        {QStringLiteral("received_at"), rfc3339(stored.receivedAt)},
                        {QStringLiteral("overall"), stored.rating.overall},
                        {QStringLiteral("comment"), stored.rating.comment},
                        {QStringLiteral("counter"), stored.rating.counter},
                        {QStringLiteral("staff"), stored.rating.staff},
                        {QStringLiteral("field"), stored.rating.field},
                        {QStringLiteral("kiosk"), stored.kioskId}});
    }

    return withTally({{QStringLiteral("date"), date.toString(Qt::ISODate)},
                      {QStringLiteral("indicators"), indicators},
                      {QStringLiteral("hourly"), hourly},
                      {QStringLiteral("by_unit"), units},
                      {QStringLiteral("by_counter"), counters},
                      {QStringLiteral("by_staff"), staff},
                      {QStringLiteral("by_field"), fields},
                      {QStringLiteral("comments"), comments},
                      {QStringLiteral("suspect"), suspect},
                      {QStringLiteral("clock_skew"), clockSkew},
                      {QStringLiteral("unattributed"), unattributed}},
                     total);
}

} // namespace hailong
