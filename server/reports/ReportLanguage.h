#pragma once

#include "survey/SurveyDefinition.h"

#include <QString>
#include <optional>

namespace hailong {

// Which language a report's or a chart's words are in. Reports are Vietnamese unless asked
// (`lang=en`): they go into the commune's report.
enum class ReportLanguage { Vietnamese, English };

// "vi" (or anything unknown) -> Vietnamese, "en" -> English.
ReportLanguage reportLanguageFromCode(const QString &code);
// "vi" or "en" exactly, as a report's `lang` asks for one; anything else is none.
std::optional<ReportLanguage> reportLanguageFromExactCode(const QString &code);

// The text of `text` in `language`, falling back to Vietnamese when no translation exists.
QString localized(const LocalizedText &text, ReportLanguage language);

} // namespace hailong
