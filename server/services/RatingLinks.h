#pragma once

#include "Result.h"
#include "config/DataDirectory.h"
#include "storage/StorageRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hailong {

// Each dossier's single-use rating link, `<public base>/r/<token>`.
// The token is never stored: it is HMAC-SHA256 of the dossier's code hash under a key of its
// own (DIR/link.key), cut to 128 bits, so the same link can be printed again for the dossier
// (GET /api/v1/dossiers/{code}/rating-link) while the database keeps only the token's keyed
// digest (under the server key), to find the dossier when the link is opened. Neither a copy
// of the database nor the code hashes alone give a working link.
class RatingLinks
{
public:
    RatingLinks(QByteArray linkKey, QByteArray secretKey, QString publicBase, int linkDays);
    // The centre's links: its link key (made on first use), centre.json's "public_url" (else
    // the server's address at `port`) and "link_days". Errors: "io".
    static Result<RatingLinks> forCentre(const DataDirectory &data, const QByteArray &secretKey,
                                         quint16 port);

    // A new dossier's link token (base64url, 22 characters). The centre goes in with the
    // code's hash: two centres' dossiers with the same code get links of their own.
    QString token(const QString &centre, const QString &codeHash) const;
    // A stored dossier's token. A link made before its centre went into the token keeps its
    // token, so a receipt printed before still opens its survey.
    QString tokenOf(const StoredDossier &dossier) const;
    QString digest(const QString &token) const; // what the dossiers table keeps
    QString url(const QString &token) const;
    // When a link made at `firstStored` stops working.
    QDateTime expiry(const QDateTime &firstStored) const;

private:
    QByteArray m_linkKey;
    QByteArray m_secretKey;
    QString m_publicBase;
    int m_linkDays;
};

} // namespace hailong
