#include "StaffSheet.h"

#include <QJsonArray>

namespace hailong {

namespace {
QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

std::optional<double> SheetFigures::rate() const
{
    if (n == 0)
        return std::nullopt;
    return double(satisfied) * 100.0 / double(n);
}

QJsonObject StaffSheet::toJson() const
{
    QJsonArray quarterList;
    for (const SheetFigures &quarter : quarters)
        quarterList.append(
            QJsonObject{{QStringLiteral("name"), quarter.period.name()},
                        {QStringLiteral("from"), quarter.period.from().toString(Qt::ISODate)},
                        {QStringLiteral("to"), quarter.period.to().toString(Qt::ISODate)},
                        {QStringLiteral("n"), quarter.n},
                        {QStringLiteral("satisfied"), quarter.satisfied},
                        {QStringLiteral("rate"), optionalJson(quarter.rate())}});
    QJsonArray reasonList;
    for (const ReasonCount &reason : reasons)
        reasonList.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("text"), reason.text.vi},
                        {QStringLiteral("kind"), reason.wentWell ? QStringLiteral("went-well")
                                                                 : QStringLiteral("went-wrong")},
                        {QStringLiteral("count"), reason.count}});
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), unitName},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("year"), year},
            {QStringLiteral("period"), figures.period.toJson()},
            {QStringLiteral("n"), figures.n},
            {QStringLiteral("satisfied"), figures.satisfied},
            {QStringLiteral("rate"), optionalJson(figures.rate())},
            {QStringLiteral("shrunk_rate"), optionalJson(shrunkRate)},
            {QStringLiteral("rank"), rank ? QJsonValue(*rank) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("of"), rankedCount},
            {QStringLiteral("quarters"), quarterList},
            {QStringLiteral("reasons"), reasonList},
            {QStringLiteral("centre_rate"), optionalJson(centreRate)}};
}

QString StaffSheet::fileName() const
{
    return QStringLiteral("phieu-hai-long-%1-%2.pdf").arg(code).arg(year);
}

} // namespace hailong
