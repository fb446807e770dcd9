#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hailong::testing {

// Reads the server's SQLite database from outside, as an auditor would, through its own
// short-lived connection (so the server's writers are never blocked for long).
class StoredRatings
{
public:
    explicit StoredRatings(QString databasePath);

    // How many rows each rating id has (an id stored once maps to 1).
    QHash<QString, int> countsById() const;
    int count(const QString &where = QStringLiteral("1=1")) const;
    QString text(const QString &sql) const; // first column of the first row

    // A SHA-256 over every row of the tables a hostile request could change — ratings (but
    // not those of `excludedKiosk`), units, kiosks, users and sessions — except the columns
    // a valid request legitimately touches (a kiosk's last_seen/queued/clock skew, a user's
    // last_login). Empty when the database could not be read.
    QByteArray contentDigest(const QString &excludedKiosk) const;

    // Marks a kiosk revoked directly in the table (when the CLI has no revoke command).
    bool revokeKiosk(const QString &kioskId) const;

private:
    QString m_path;
};

} // namespace hailong::testing
