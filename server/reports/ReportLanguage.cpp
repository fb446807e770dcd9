#include "ReportLanguage.h"

namespace hailong {

ReportLanguage reportLanguageFromCode(const QString &code)
{
    return code == QLatin1String("en") ? ReportLanguage::English : ReportLanguage::Vietnamese;
}

std::optional<ReportLanguage> reportLanguageFromExactCode(const QString &code)
{
    if (code == QLatin1String("vi"))
        return ReportLanguage::Vietnamese;
    if (code == QLatin1String("en"))
        return ReportLanguage::English;
    return std::nullopt;
}

QString localized(const LocalizedText &text, ReportLanguage language)
{
    if (language == ReportLanguage::English && !text.en.isEmpty())
        return text.en;
    return text.vi;
}

} // namespace hailong
