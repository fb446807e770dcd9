#pragma once

#include "indicators/UnitKind.h"
#include "survey/SurveyDefinition.h"

#include <QList>
#include <QString>

namespace hailong {

// The surveys every centre has without adding a file: "default" for administrative units,
// "y-te" for health stations and "giao-duc" for schools. Each service asks what its own
// ministry asks, with its own reasons; only "default" lists TTHC fields.
namespace BuiltInSurveys {

SurveyDefinition health();
SurveyDefinition education();
QList<SurveyDefinition> all(); // default, y-te, giao-duc
bool isBuiltIn(const QString &id);
// The survey a unit of this kind shows unless it names another.
QString idForKind(UnitKind kind);

} // namespace BuiltInSurveys

} // namespace hailong
