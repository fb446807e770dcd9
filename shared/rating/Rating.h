#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hailong {

// How a citizen's session ended.
enum class SessionEnd { Unspecified, Done, Timeout, Skipped };

QString sessionEndCode(SessionEnd end);             // "done" | "timeout" | "skipped" | ""
SessionEnd sessionEndFromCode(const QString &code); // Unspecified for unknown codes

// One rating as the wire contract (v1) defines it. Optional texts are empty when absent.
struct Rating
{
    QUuid id;                    // made by the kiosk; the idempotency key
    QDateTime createdAt;         // as the kiosk's clock said, with its offset
    qint64 seq = 0;              // kiosk-local counter
    QString survey;              // survey id
    int overall = 0;             // a level of the survey
    QMap<QString, int> criteria; // code -> level, 0 = no opinion
    QStringList reasons;         // reason codes
    QString comment;             // <= 500 characters
    QString field;               // service field code
    QString procedure;
    QString dossier; // the kiosk sends it; the server keeps only a keyed hash
    QString counter;
    QString staff;
    QString lang; // "vi", "en", …
    SessionEnd ended = SessionEnd::Unspecified;
    bool suspect = false; // sent by the kiosk for a burst no person could give

    // Tied to a procedure, dossier or field: counts for the "tthc" indicators.
    bool isTiedToProcedure() const;

    // The wire form; absent optionals are left out.
    QJsonObject toJson() const;

    // A stable serialisation of the content (sorted keys, created_at as UTC milliseconds),
    // so that a resend compares equal and any changed field does not.
    QByteArray canonicalForm() const;
};

} // namespace hailong
