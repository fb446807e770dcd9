#include "sync/RatingOutbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <stdexcept>

namespace hailong {

namespace {

constexpr int kSchemaVersion = 1;

ValidationError storageError(const QSqlQuery &query)
{
    return {QStringLiteral("storage"), query.lastError().text()};
}

QByteArray wireBody(const Rating &rating)
{
    return QJsonDocument(rating.toJson()).toJson(QJsonDocument::Compact);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

RatingOutbox::RatingOutbox(const QString &path, QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("outbox-") + QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        throw std::runtime_error(QStringLiteral("cannot open outbox %1: %2")
                                     .arg(path, db.lastError().text())
                                     .toStdString());

    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // FULL: a rating the citizen saw thanked for survives a power cut.
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, "
                       "value INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (position INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, id TEXT NOT NULL UNIQUE, body BLOB NOT NULL, "
                       "sealed INTEGER NOT NULL DEFAULT 0, written_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS dead_letter (id TEXT PRIMARY KEY, "
                       "body BLOB NOT NULL, reason TEXT NOT NULL, failed_at TEXT NOT NULL)"),
        QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion),
    };
    for (const QString &statement : setup) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw std::runtime_error(QStringLiteral("cannot prepare outbox %1: %2")
                                         .arg(path, query.lastError().text())
                                         .toStdString());
    }
    sealAbandonedSessions();
}

RatingOutbox::~RatingOutbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void RatingOutbox::sealAbandonedSessions()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery select(db);
    select.exec(QStringLiteral("SELECT id, body FROM outbox WHERE sealed = 0"));
    QList<QPair<QString, QByteArray>> abandoned;
    while (select.next())
        abandoned.append({select.value(0).toString(), select.value(1).toByteArray()});
    for (const auto &[id, body] : abandoned) {
        QJsonObject json = QJsonDocument::fromJson(body).object();
        if (!json.contains(QStringLiteral("ended")))
            json.insert(QStringLiteral("ended"), QStringLiteral("timeout"));
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE outbox SET body = ?, sealed = 1 WHERE id = ?"));
        update.addBindValue(QJsonDocument(json).toJson(QJsonDocument::Compact));
        update.addBindValue(id);
        if (!update.exec())
            throw std::runtime_error(QStringLiteral("cannot seal an abandoned rating: %1")
                                         .arg(update.lastError().text())
                                         .toStdString());
    }
}

Result<qint64> RatingOutbox::nextSeq()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('seq', 1) "
                       "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"));
    if (!query.exec() || !query.next())
        return storageError(query);
    return query.value(0).toLongLong();
}

Result<QUuid> RatingOutbox::saveOpen(const Rating &rating)
{
    return write(rating, false);
}

Result<QUuid> RatingOutbox::seal(const Rating &rating)
{
    return write(rating, true);
}

Result<QUuid> RatingOutbox::write(const Rating &rating, bool sealed)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // The WHERE keeps a sealed row immutable: the sync client may have sent it already.
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (id, body, sealed, written_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET body = excluded.body, sealed = excluded.sealed, "
        "written_at = excluded.written_at WHERE outbox.sealed = 0"));
    query.addBindValue(idText(rating.id));
    query.addBindValue(wireBody(rating));
    query.addBindValue(sealed ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return storageError(query);
    if (query.numRowsAffected() != 1)
        return ValidationError{QStringLiteral("sealed"),
                               QStringLiteral("rating %1 is sealed").arg(idText(rating.id))};
    emit countsChanged();
    if (sealed)
        emit ratingSealed();
    return rating.id;
}

QList<QueuedRating> RatingOutbox::oldestSealed(int limit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, body FROM outbox WHERE sealed = 1 ORDER BY position LIMIT ?"));
    query.addBindValue(limit);
    QList<QueuedRating> ratings;
    if (!query.exec())
        return ratings;
    while (query.next())
        ratings.append(
            {QUuid::fromString(query.value(0).toString()), query.value(1).toByteArray()});
    return ratings;
}

Result<int> RatingOutbox::removeAcknowledged(const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return ValidationError{QStringLiteral("storage"), db.lastError().text()};
    int removed = 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND sealed = 1"));
    for (const QUuid &id : ids) {
        query.bindValue(0, idText(id));
        if (!query.exec()) {
            const ValidationError error = storageError(query);
            db.rollback();
            return error;
        }
        removed += query.numRowsAffected();
    }
    if (!db.commit())
        return ValidationError{QStringLiteral("storage"), db.lastError().text()};
    emit countsChanged();
    return removed;
}

Result<QUuid> RatingOutbox::moveToDeadLetter(const QUuid &id, const QString &reason)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return ValidationError{QStringLiteral("storage"), db.lastError().text()};
    QSqlQuery copy(db);
    copy.prepare(QStringLiteral("INSERT OR REPLACE INTO dead_letter (id, body, reason, failed_at) "
                                "SELECT id, body, ?, ? FROM outbox WHERE id = ? AND sealed = 1"));
    copy.addBindValue(reason);
    copy.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    copy.addBindValue(idText(id));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND sealed = 1"));
    remove.addBindValue(idText(id));
    if (!copy.exec() || !remove.exec()) {
        const ValidationError error = storageError(copy.lastError().isValid() ? copy : remove);
        db.rollback();
        return error;
    }
    if (!db.commit())
        return ValidationError{QStringLiteral("storage"), db.lastError().text()};
    emit countsChanged();
    return id;
}

int RatingOutbox::count(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int RatingOutbox::queuedCount() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
}

int RatingOutbox::sealedCount() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sealed = 1"));
}

int RatingOutbox::deadLetterCount() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM dead_letter"));
}

} // namespace hailong
