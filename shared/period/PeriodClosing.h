#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace hailong {

// A period whose figures were closed ("chốt số liệu") once its report was sent: when and by
// whom. Its figures stay those of the ratings received up to `at`.
struct PeriodClosing
{
    QDateTime at;
    QString by;

    QJsonObject toJson() const; // {"at": RFC 3339 UTC, "by"}
};

// Ratings dated inside a closed period that were received after its closing: stored and
// shown beside the closed figures, never counted in them.
struct LateArrivals
{
    qint64 n = 0;
    qint64 satisfied = 0;

    std::optional<double> rate() const; // percent; none when n = 0
    QJsonObject toJson() const;         // {"n", "satisfied", "rate"}
};

// A closing's or late arrivals' toJson(), null for an open period.
template <typename T> QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(value->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace hailong
