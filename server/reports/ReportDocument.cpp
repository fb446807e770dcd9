#include "ReportDocument.h"

#include "VietnameseFormat.h"

namespace hailong {

QString statusWordVi(const IndicatorResult &result)
{
    return result.status == IndicatorStatus::Met ? QStringLiteral("Đạt")
                                                 : QStringLiteral("Không đạt");
}

QString confidenceWordVi(const IndicatorResult &result)
{
    return result.confidence == Confidence::Certain ? QStringLiteral("chắc chắn")
                                                    : QStringLiteral("chưa chắc chắn");
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
