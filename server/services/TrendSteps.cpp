#include "services/TrendSteps.h"

#include <QLocale>
#include <algorithm>

namespace hailong {

std::optional<TrendStepKind> trendStepKindFromCode(const QString &code)
{
    if (code == QLatin1String("week"))
        return TrendStepKind::Week;
    if (code == QLatin1String("month"))
        return TrendStepKind::Month;
    return std::nullopt;
}

QString trendStepKindCode(TrendStepKind kind)
{
    return kind == TrendStepKind::Week ? QStringLiteral("week") : QStringLiteral("month");
}

QList<TrendStep> trendSteps(const Period &period, TrendStepKind kind)
{
    const QLocale english(QLocale::English);
    QList<TrendStep> steps;
    QDate day = period.from();
    while (day.isValid() && day <= period.to()) {
        QDate natural;
        QString label;
        QString labelEn;
        if (kind == TrendStepKind::Month) {
            const QDate first(day.year(), day.month(), 1);
            natural = first.addMonths(1).addDays(-1);
            label =
                QStringLiteral("T%1/%2").arg(day.month(), 2, 10, QLatin1Char('0')).arg(day.year());
            labelEn = english.toString(first, QStringLiteral("MMM yyyy"));
        } else {
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            natural = monday.addDays(6);
            // "Tuần", not "T": "T02/01" would read as a month, like the month steps' "T01/2026".
            label = QStringLiteral("Tuần %1/%2")
                        .arg(monday.day(), 2, 10, QLatin1Char('0'))
                        .arg(monday.month(), 2, 10, QLatin1Char('0'));
            labelEn =
                QStringLiteral("Week of ") + english.toString(monday, QStringLiteral("d MMM"));
        }
        const QDate last = std::min(natural, period.to());
        steps.append({label, labelEn, day, last});
        day = last.addDays(1);
    }
    return steps;
}

} // namespace hailong
