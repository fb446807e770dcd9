#pragma once

#include "Result.h"
#include "indicators/IndicatorDefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hailong {

// The server's data folder (--data DIR): where every file `init` creates lives, and how
// they are read back.
class DataDirectory
{
public:
    explicit DataDirectory(const QString &path);

    QString path() const { return m_path; }
    QString databasePath() const;          // hailong.db
    QString caCertificatePath() const;     // ca.pem — what kiosks pin
    QString caKeyPath() const;             // ca-key.pem (0600)
    QString serverCertificatePath() const; // server.pem
    QString serverKeyPath() const;         // server-key.pem (0600)
    QString secretKeyPath() const;         // secret.key (0600): key of the keyed hashes
    QString linkKeyPath() const;           // link.key (0600): key the rating links derive from
    QString indicatorsPath() const;        // indicators.json
    QString centrePath() const;            // centre.json
    QString surveysPath() const;           // surveys/*.json
    // Communes brought in by `centre import`: each one's CA (its kiosks' client certificates).
    QString importedCentresPath() const;                   // centres/
    QString importedCaPath(const QString &centreId) const; // centres/ID/ca.pem
    // Sent after server.pem, so that kiosks pinned to a commune's CA accept this server.
    QString serverChainPath() const; // server-chain.pem

    // Errors: "missing-secret" when the file is absent or too short.
    Result<QByteArray> readSecretKey() const;
    // The rating links' key, made on first use (data folders from before rating links have
    // none); two processes making it at once end up reading the same. Errors: "io".
    Result<QByteArray> readOrCreateLinkKey() const;
    // The indicators file, or the defaults when it is absent. Errors: "invalid-indicators".
    Result<QList<IndicatorDefinition>> readIndicators() const;
    // The commune's name from centre.json ("Xã Hài Lòng" when unset).
    QString centreName() const;
    // centre.json as an object (empty when there is none).
    QJsonObject centreJson() const;

    // The folder holds keys, password hashes and comments: from now on this process creates
    // files and folders for their owner alone, whatever the umask, and the folder and all in
    // it that others could reach are made so (folders 0700, files 0600; links are not
    // followed). For init, restore and serve. Errors: "io".
    Result<bool> keepPrivate() const;

    // Writes a file readable by its owner only (keys). Errors: "io".
    static Result<bool> writePrivateFile(const QString &path, const QByteArray &data);
    static Result<bool> writeFile(const QString &path, const QByteArray &data);

private:
    QString file(const QString &name) const;

    QString m_path;
};

} // namespace hailong
