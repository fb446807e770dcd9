#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace hailong {

// What counter staff sent to their kiosk before the citizen rates: which dossier, service
// field and staff member the coming rating is about (GET /api/v1/kiosk/prompt).
struct CounterPrompt
{
    QString dossier;
    QString field;
    QString staff;
    QString counter;
    QString promptedAt;

    // Empty when the object holds none of the prompt's members.
    static std::optional<CounterPrompt> fromJson(const QJsonObject &json);
};

} // namespace hailong
