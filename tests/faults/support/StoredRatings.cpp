#include "StoredRatings.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <functional>

namespace hailong::testing {

namespace {
// Runs `work` on a fresh connection that is closed and removed afterwards.
void withDatabase(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            work(db);
    }
    QSqlDatabase::removeDatabase(name);
}

const QStringList volatileColumns = {QStringLiteral("last_seen"), QStringLiteral("queued"),
                                     QStringLiteral("clock_skew_seconds"),
                                     QStringLiteral("last_login")};
} // namespace

StoredRatings::StoredRatings(QString databasePath)
    : m_path(std::move(databasePath))
{}

QHash<QString, int> StoredRatings::countsById() const
{
    QHash<QString, int> counts;
    withDatabase(m_path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id, COUNT(*) FROM ratings GROUP BY id"));
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    });
    return counts;
}

int StoredRatings::count(const QString &where) const
{
    return text(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ") + where).toInt();
}

QString StoredRatings::text(const QString &sql) const
{
    QString result = QStringLiteral("-1");
    withDatabase(m_path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            result = query.value(0).toString();
    });
    return result;
}

QByteArray StoredRatings::contentDigest(const QString &excludedKiosk) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool readAll = true;
    withDatabase(m_path, [&](QSqlDatabase &db) {
        const QList<std::pair<QString, QString>> tables = {
            {QStringLiteral("ratings"), QStringLiteral("kiosk_id <> :excluded ORDER BY id")},
            {QStringLiteral("units"), QStringLiteral("1=1 ORDER BY id")},
            {QStringLiteral("kiosks"), QStringLiteral("1=1 ORDER BY id")},
            {QStringLiteral("users"), QStringLiteral("1=1 ORDER BY name")},
            {QStringLiteral("sessions"), QStringLiteral("1=1 ORDER BY token_digest")}};
        for (const auto &[table, where] : tables) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") +
                          where);
            if (where.contains(QLatin1String(":excluded")))
                query.bindValue(QStringLiteral(":excluded"), excludedKiosk);
            if (!query.exec()) {
                readAll = false;
                return;
            }
            hash.addData(table.toUtf8());
            while (query.next()) {
                const QSqlRecord row = query.record();
                for (int column = 0; column < row.count(); ++column) {
                    if (volatileColumns.contains(row.fieldName(column)))
                        continue;
                    hash.addData(row.fieldName(column).toUtf8() + '=' +
                                 query.value(column).toString().toUtf8() + '\x1f');
                }
                hash.addData("\x1e");
            }
        }
    });
    return readAll ? hash.result().toHex() : QByteArray();
}

bool StoredRatings::revokeKiosk(const QString &kioskId) const
{
    bool changed = false;
    withDatabase(m_path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE kiosks SET revoked = 1 WHERE id = ?"));
        query.addBindValue(kioskId);
        changed = query.exec() && query.numRowsAffected() == 1;
    });
    return changed;
}

} // namespace hailong::testing
