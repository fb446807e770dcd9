#pragma once

#include "survey/SurveyDefinition.h"

#include <QString>

namespace hailong {

// Which language a chart's words are in. Exported files are always Vietnamese: they go
// into the commune's report; the dashboard's English switch reaches the charts only.
enum class ReportLanguage { Vietnamese, English };

// "vi" (or anything unknown) -> Vietnamese, "en" -> English.
ReportLanguage reportLanguageFromCode(const QString &code);

// The text of `text` in `language`, falling back to Vietnamese when no translation exists.
QString localized(const LocalizedText &text, ReportLanguage language);

} // namespace hailong
