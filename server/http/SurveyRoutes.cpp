#include "http/SurveyRoutes.h"

#include "http/JsonResponse.h"
#include "survey/BuiltInSurveys.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hailong {

// GET /api/v1/survey[?id=…] (kiosk): the survey it names, or without one the kiosk's own
// (SurveyProvider::surveyFor). GET /api/v1/surveys (manager): every survey the centre has,
// each with the units whose kiosks show it.
// GET /api/v1/fields (staff): the service fields a counter prompt may name, for its list;
// retired fields are still accepted but no longer offered.
void SurveyRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/fields"), HttpMethod::Get, {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &) {
                        QJsonArray fields;
                        if (const SurveyDefinition *survey =
                                api.surveys.catalog().find(QStringLiteral("default")))
                            for (const ServiceField &field : survey->fields)
                                if (!field.retired)
                                    fields.append(
                                        QJsonObject{{QStringLiteral("code"), field.code},
                                                    {QStringLiteral("name"), field.name.vi},
                                                    {QStringLiteral("name_en"), field.name.en}});
                        return JsonResponse::ok({{QStringLiteral("fields"), fields}});
                    });
    routes.add(QStringLiteral("/api/v1/survey"), HttpMethod::Get,
               [&api](const QHttpServerRequest &request) {
                   return JsonResponse::guarded([&] {
                       const Result<AuthenticatedKiosk> kiosk = api.kiosks.authenticate(request);
                       if (!kiosk)
                           return JsonResponse::refusal(kiosk.error());
                       const QString id = request.query().queryItemValue(QStringLiteral("id"));
                       if (id.isEmpty())
                           return JsonResponse::ok(api.surveys.surveyFor(kiosk.value()).toJson());
                       const SurveyDefinition *survey = api.surveys.catalog().find(id);
                       if (!survey)
                           return JsonResponse::error(HttpStatus::NotFound,
                                                      QStringLiteral("unknown-survey"),
                                                      QStringLiteral("no survey \"%1\"").arg(id));
                       return JsonResponse::ok(survey->toJson());
                   });
               });
    routes.addStaff(QStringLiteral("/api/v1/surveys"), HttpMethod::Get, {StaffRole::Manager, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &) {
                        const QList<UnitRecord> units = api.administration.units();
                        QJsonArray surveys;
                        for (const QString &id : api.surveys.catalog().ids()) {
                            QJsonObject survey = api.surveys.catalog().find(id)->toJson();
                            QJsonArray usedBy;
                            for (const UnitRecord &unit : units) {
                                if (api.surveys.surveyIdFor(unit) == id)
                                    usedBy.append(unit.id);
                            }
                            survey.insert(QStringLiteral("built_in"),
                                          BuiltInSurveys::isBuiltIn(id));
                            survey.insert(QStringLiteral("units"), usedBy);
                            surveys.append(survey);
                        }
                        return JsonResponse::ok({{QStringLiteral("surveys"), surveys}});
                    });
}

} // namespace hailong
