#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace hailong {

enum class DossierChannel { Counter, Online, Post };
QString dossierChannelCode(DossierChannel channel); // "counter" | "online" | "post"
std::optional<DossierChannel> dossierChannelFromCode(const QString &code);

// A dossier (hồ sơ TTHC) as the one-stop system hands it over: what was filed where, when it
// was received, when it was due and when the result went back. The code identifies the
// citizen's file, so the server keeps only its keyed hash (see DossierIntake).
struct Dossier
{
    QString code;
    QString unit;
    QString field;
    QString procedure; // may be empty
    DossierChannel channel = DossierChannel::Counter;
    QDateTime receivedAt;
    QDateTime dueAt;
    std::optional<QDateTime> returnedAt; // none while it is being handled
    QString staff;                       // may be empty

    static constexpr int maxCodeLength = 64;
    static constexpr int maxTextLength = 100;

    // The field names of the wire and of a CSV header.
    static const QStringList &fieldNames();
    // Builds a dossier from named text values (missing names read as empty). Times are RFC
    // 3339 or "YYYY-MM-DD HH:MM[:SS]" in UTC+7. Errors: "invalid-<field>".
    static Result<Dossier> fromFields(const QHash<QString, QString> &values);
    // Returned by its due time; false while not returned.
    bool returnedOnTime() const { return returnedAt && *returnedAt <= dueAt; }
};

// A time of the one-stop system: RFC 3339, or "YYYY-MM-DD HH:MM[:SS]" meaning UTC+7; as UTC.
std::optional<QDateTime> parseDossierTime(const QString &text);

} // namespace hailong
