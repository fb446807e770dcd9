#include "ReportDocument.h"

#include "VietnameseFormat.h"

namespace hailong {

bool ReportDocument::periodComplete() const
{
    return period.isCompleteOn(generatedAt.toTimeZone(centreTimeZone()).date());
}

QDate ReportDocument::dataUntil() const
{
    return period.dataUntil(generatedAt.toTimeZone(centreTimeZone()).date());
}

QList<AppendixRow> ReportDocument::appendixRows() const
{
    QList<AppendixRow> rows;
    int number = 0;
    for (const IndicatorResult &result : indicators) {
        if (!result.definition.parent.isEmpty())
            continue;
        rows << AppendixRow{&result, QString::number(++number), false};
        for (const IndicatorResult &part : indicators) {
            if (part.definition.parent == result.definition.id)
                rows << AppendixRow{&part, QString(), true};
        }
    }
    return rows;
}

QString appendixName(const AppendixRow &row, ReportLanguage language)
{
    const QString name = localized(row.result->definition.name, language);
    if (!row.part)
        return name;
    return (language == ReportLanguage::English ? QStringLiteral("Of which: ")
                                                : QStringLiteral("Trong đó: ")) +
           name;
}

QString verdictWord(const IndicatorResult &result, bool periodComplete, ReportLanguage language)
{
    const bool english = language == ReportLanguage::English;
    if (!result.status)
        return english ? QStringLiteral("No ratings yet") : QStringLiteral("Chưa có phiếu");
    if (*result.status == IndicatorStatus::Met)
        return english ? QStringLiteral("Met") : QStringLiteral("Đạt");
    if (!periodComplete)
        return english ? QStringLiteral("Not yet met") : QStringLiteral("Chưa đạt");
    return english ? QStringLiteral("Not met") : QStringLiteral("Không đạt");
}

QString confidenceWord(const IndicatorResult &result, ReportLanguage language)
{
    if (!result.confidence)
        return {};
    const bool english = language == ReportLanguage::English;
    if (*result.confidence == Confidence::Certain)
        return english ? QStringLiteral("certain") : QStringLiteral("chắc chắn");
    return english ? QStringLiteral("uncertain") : QStringLiteral("chưa chắc chắn");
}

} // namespace hailong
