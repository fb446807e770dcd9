#include "http/SurveyRoutes.h"

#include "http/JsonResponse.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hailong {

// GET /api/v1/survey[?id=…]: the survey a kiosk shows ("default" unless it names another).
// GET /api/v1/fields (staff): the service fields a counter prompt may name, for its list.
void SurveyRoutes::install(RouteTable &routes, ApiContext &api)
{
    routes.addStaff(QStringLiteral("/api/v1/fields"), HttpMethod::Get, {StaffRole::Viewer, false},
                    [&api](const QHttpServerRequest &, const SessionRecord &) {
                        QJsonArray fields;
                        if (const SurveyDefinition *survey =
                                api.surveys.catalog().find(QStringLiteral("default")))
                            for (const ServiceField &field : survey->fields)
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
                       QString id = request.query().queryItemValue(QStringLiteral("id"));
                       if (id.isEmpty())
                           id = QStringLiteral("default");
                       const SurveyDefinition *survey = api.surveys.catalog().find(id);
                       if (!survey)
                           return JsonResponse::error(HttpStatus::NotFound,
                                                      QStringLiteral("unknown-survey"),
                                                      QStringLiteral("no survey \"%1\"").arg(id));
                       return JsonResponse::ok(survey->toJson());
                   });
               });
}

} // namespace hailong
