#include "ServerSurvey.h"

#include "survey/SurveyCatalog.h"
#include "sync/SurveyCache.h"

ServerSurvey::ServerSurvey(hailong::SurveyCache &surveys, QObject *parent)
    : QObject(parent)
    , m_surveys(surveys)
{}

bool ServerSurvey::answer(const QString &id)
{
    const hailong::SurveyCatalog builtIn;
    const hailong::SurveyDefinition *survey = builtIn.find(id);
    return survey && m_surveys.adopt(survey->toJson());
}
