#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace hailong {

// What counter staff send to their kiosk before the citizen rates: which dossier, service
// field and staff member the coming rating is about. The body of GET /api/v1/kiosk/prompt:
// {"dossier", "field", "staff", "counter", "prompted_at"}; the server writes it, the kiosk
// reads it.
struct CounterPrompt
{
    QString dossier;
    QString field;
    QString staff;
    QString counter;
    QDateTime promptedAt;

    QJsonObject toJson() const;
    // Empty when the object holds none of the prompt's members.
    static std::optional<CounterPrompt> fromJson(const QJsonObject &json);
};

} // namespace hailong
