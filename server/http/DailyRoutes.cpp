#include "http/DailyRoutes.h"

#include "http/CentreScope.h"
#include "http/JsonResponse.h"
#include "http/PeriodQuery.h"
#include "http/StaffNames.h"

#include <QJsonArray>
#include <functional>

namespace hailong {

namespace {
QJsonArray withEntries(QJsonArray entries, const std::function<void(QJsonObject &)> &add)
{
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QJsonObject entry = it->toObject();
        add(entry);
        *it = entry;
    }
    return entries;
}

// The English names the page shows when English is on, and each comment's field by name
// rather than by code; the summary itself carries the Vietnamese names only.
QJsonObject withNames(QJsonObject summary, const ApiContext &api)
{
    const QList<IndicatorDefinition> &definitions = api.indicators.definitions();
    summary.insert(
        QStringLiteral("indicators"),
        withEntries(summary.value(QStringLiteral("indicators")).toArray(), [&](QJsonObject &entry) {
            const QString id = entry.value(QStringLiteral("id")).toString();
            for (const IndicatorDefinition &definition : definitions) {
                if (definition.id == id)
                    entry.insert(QStringLiteral("name_en"), definition.name.en);
            }
        }));
    const SurveyDefinition *survey = api.surveys.catalog().find(QStringLiteral("default"));
    const auto fieldOf = [&](const QString &code) -> const ServiceField * {
        return survey && !code.isEmpty() ? survey->field(code) : nullptr;
    };
    summary.insert(
        QStringLiteral("by_field"),
        withEntries(summary.value(QStringLiteral("by_field")).toArray(), [&](QJsonObject &entry) {
            const ServiceField *field = fieldOf(entry.value(QStringLiteral("field")).toString());
            if (field)
                entry.insert(QStringLiteral("name_en"), field->name.en);
        }));
    summary.insert(
        QStringLiteral("comments"),
        withEntries(summary.value(QStringLiteral("comments")).toArray(), [&](QJsonObject &entry) {
            const ServiceField *field = fieldOf(entry.value(QStringLiteral("field")).toString());
            if (!field)
                return;
            entry.insert(QStringLiteral("field_name"), field->name.vi);
            entry.insert(QStringLiteral("field_name_en"), field->name.en);
        }));
    return summary;
}
} // namespace

// GET /api/v1/daily?date=YYYY-MM-DD (staff): one day for the dashboard; today by default. A
// manager or admin also gets each staff member's name in by_staff.
void DailyRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(
        QStringLiteral("/api/v1/daily"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<QDate> date = dateFromQuery(request.query());
            if (!date)
                return JsonResponse::error(HttpStatus::BadRequest, date.error());
            QJsonObject summary = withNames(api.daily.summary(date.value(), centre.value()), api);
            summary.insert(QStringLiteral("by_staff"),
                           withStaffNames(summary.value(QStringLiteral("by_staff")).toArray(),
                                          QStringLiteral("staff"),
                                          api.staffRegister.names(session.role)));
            summary.insert(QStringLiteral("min_ratings"), api.alerts.minRatings());
            return JsonResponse::ok(summary);
        });
    // GET /api/v1/daily/context?date=&rule= (staff): the day against the day before, the same
    // weekday a week earlier, the quarter under the rule (nd09 by default) and its year so far.
    routes.addStaff(
        QStringLiteral("/api/v1/daily/context"), HttpMethod::Get, {StaffRole::Viewer, false},
        [&api](const QHttpServerRequest &request, const SessionRecord &session) {
            const Result<QString> centre = CentreScope::of(request, session, api.administration);
            if (!centre)
                return CentreScope::refusal(centre.error());
            const Result<QDate> date = dateFromQuery(request.query());
            if (!date)
                return JsonResponse::error(HttpStatus::BadRequest, date.error());
            const Result<PeriodRule> rule = choiceFromQuery(
                request.query(), QStringLiteral("rule"), PeriodRule::Nd09, periodRuleFromCode,
                ValidationError{QStringLiteral("invalid-rule"),
                                QStringLiteral("rule must be nd09 or calendar")});
            if (!rule)
                return JsonResponse::error(HttpStatus::BadRequest, rule.error());
            return JsonResponse::ok(
                api.dailyContext.context(date.value(), rule.value(), centre.value()));
        });
}

} // namespace hailong
