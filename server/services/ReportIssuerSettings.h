#pragma once

#include "ReportIssuer.h"
#include "Result.h"
#include "services/Actor.h"
#include "storage/Storage.h"

#include <QJsonObject>
#include <QString>

namespace hailong {

// Who issues and signs the reports: centre.json's "report" object (see ReportIssuer). Read
// afresh for every report, so an admin's change reaches the next export without a restart. An
// update is checked whole, written over centre.json atomically (its other settings kept) and
// written to the audit log.
class ReportIssuerSettings
{
public:
    // `centrePath`: DIR/centre.json; `communeName` gives the defaults of what it leaves out.
    ReportIssuerSettings(Storage &storage, QString centrePath, QString communeName);

    // The issuer of a report in `language`.
    ReportIssuer issuer(ReportLanguage language) const;
    // {"superior","body","body_code","place","signer_title","signer_name"} as centre.json sets
    // them ("" for what it leaves out), and "defaults": what a Vietnamese report then prints.
    QJsonObject toJson() const;
    // Replaces the "report" object by `settings` (those keys only, each a string; "" or absent
    // leaves it to its default). Errors: "invalid-settings" (400; nothing written),
    // "settings-unwritable" (centre.json unreadable or not written).
    Result<QJsonObject> update(const QJsonObject &settings, const Actor &actor);

private:
    Result<QJsonObject> readCentre() const;
    // centre.json, or nothing when it cannot be read: a report then prints the defaults.
    QJsonObject centreOrNothing() const;

    Storage &m_storage;
    QString m_centrePath;
    QString m_communeName;
};

} // namespace hailong
