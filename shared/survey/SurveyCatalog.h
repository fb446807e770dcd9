#pragma once

#include "survey/SurveyDefinition.h"

#include <QHash>
#include <QString>

namespace hailong {

// The surveys a centre uses, by id. Always holds the built-in ones (BuiltInSurveys).
class SurveyCatalog
{
public:
    SurveyCatalog();

    void add(const SurveyDefinition &survey); // replaces one with the same id
    // Null when unknown; the pointer is valid until the next add().
    const SurveyDefinition *find(const QString &id) const;
    QList<QString> ids() const;

private:
    QHash<QString, SurveyDefinition> m_surveys;
};

} // namespace hailong
