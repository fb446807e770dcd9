#pragma once

#include <QObject>
#include <QString>

namespace hailong {
class SurveyCache;
}

// Stands for the server's answer to the kiosk's GET /api/v1/survey: hands the kiosk's survey
// cache one of the built-in surveys, as a health station's or a school's kiosk receives it.
class ServerSurvey : public QObject
{
    Q_OBJECT
public:
    explicit ServerSurvey(hailong::SurveyCache &surveys, QObject *parent = nullptr);

    Q_INVOKABLE bool answer(const QString &id); // false for no built-in survey of that id

private:
    hailong::SurveyCache &m_surveys;
};
