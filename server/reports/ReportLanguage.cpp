#include "ReportLanguage.h"

namespace hailong {

ReportLanguage reportLanguageFromCode(const QString &code)
{
    return code == QLatin1String("en") ? ReportLanguage::English : ReportLanguage::Vietnamese;
}

QString localized(const LocalizedText &text, ReportLanguage language)
{
    if (language == ReportLanguage::English && !text.en.isEmpty())
        return text.en;
    return text.vi;
}

} // namespace hailong
