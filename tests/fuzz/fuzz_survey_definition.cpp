// libFuzzer target: a survey file as a centre would add it (SurveyDefinition::fromJson). A
// definition that parses must parse again from its own JSON form, unchanged.
#include "survey/SurveyDefinition.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    if (!document.isObject())
        return 0;
    const hailong::Result<hailong::SurveyDefinition> survey =
        hailong::SurveyDefinition::fromJson(document.object());
    if (!survey)
        return 0;
    const QJsonObject json = survey.value().toJson();
    const hailong::Result<hailong::SurveyDefinition> again =
        hailong::SurveyDefinition::fromJson(json);
    if (!again || again.value().toJson() != json)
        __builtin_trap();
    return 0;
}
