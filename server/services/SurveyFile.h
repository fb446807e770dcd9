#pragma once

#include "Result.h"
#include "survey/SurveyDefinition.h"

#include <QByteArray>
#include <QString>

namespace hailong {

// A centre's own survey as a JSON file (see SurveyDefinition for its form).
class SurveyFile
{
public:
    // Reads and checks a file. Errors: "unreadable" (the file cannot be read) and
    // "invalid-survey", whose message starts with the JSON path of the fault ("$: not valid
    // JSON …", "$.reasons[2].label.vi: missing").
    static Result<SurveyDefinition> read(const QString &path);
    // Checks text that should hold a survey (what read() does once the file is read).
    static Result<SurveyDefinition> parse(const QByteArray &text);
    // Writes the checked text as FOLDER/<id>.json in one step (a reader sees the old file or
    // the new one, never half of it). Errors: "io".
    static Result<bool> store(const SurveyDefinition &survey, const QByteArray &text,
                              const QString &folder);
};

} // namespace hailong
