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

QString periodTitleVi(const Period &period)
{
    static const char *const romanQuarters[] = {"I", "II", "III", "IV"};
    const QString name = period.name();
    switch (period.kind()) {
    case Period::Kind::Quarter: {
        const int quarter = name.right(1).toInt();
        return QStringLiteral("Quý %1/%2")
            .arg(QLatin1String(romanQuarters[qBound(1, quarter, 4) - 1]), name.left(4));
    }
    case Period::Kind::HalfYear:
        return name.endsWith(QLatin1Char('1'))
                   ? QStringLiteral("6 tháng đầu năm %1").arg(name.left(4))
                   : QStringLiteral("6 tháng cuối năm %1").arg(name.left(4));
    case Period::Kind::Year:
        return QStringLiteral("Năm %1").arg(name.left(4));
    case Period::Kind::Range:
        break;
    }
    return QStringLiteral("Từ %1 đến %2")
        .arg(VietnameseFormat::date(period.from()), VietnameseFormat::date(period.to()));
}

QString periodDatesVi(const Period &period)
{
    return QStringLiteral("từ %1 đến %2")
        .arg(VietnameseFormat::date(period.from()), VietnameseFormat::date(period.to()));
}

QString periodRuleVi(PeriodRule rule)
{
    return rule == PeriodRule::Nd09
               ? QStringLiteral("kỳ số liệu theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước "
                                "đến ngày 14 tháng cuối kỳ)")
               : QStringLiteral("kỳ theo năm dương lịch");
}

} // namespace hailong
