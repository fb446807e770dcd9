#include "storage/CentreTransfer.h"

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUuid>

namespace hailong {

namespace {
const QString centreColumn = QStringLiteral("centre_id");

QSqlQuery runOrThrow(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(
            QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
    return query;
}

// The first column of every row.
QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = runOrThrow(db, sql, values);
    QStringList all;
    while (query.next())
        all.append(query.value(0).toString());
    return all;
}

// The commune's file, opened read-only under a name of its own, closed and removed with this.
class SourceConnection
{
public:
    explicit SourceConnection(const QString &path)
        : m_name(QStringLiteral("centre-import-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_problem = db.lastError().text();
    }
    ~SourceConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SourceConnection(const SourceConnection &) = delete;
    SourceConnection &operator=(const SourceConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString problem() const { return m_problem; }

private:
    QString m_name;
    QString m_problem;
};
} // namespace

CentreTransfer::CentreTransfer(QSqlDatabase target, SqlDialect dialect)
    : m_target(std::move(target))
    , m_dialect(dialect)
{}

Result<CentreImportOutcome> CentreTransfer::run(const CentreImportRequest &request)
{
    const SourceConnection connection(request.sourcePath);
    if (!connection.problem().isEmpty())
        return ValidationError{
            QStringLiteral("source"),
            QStringLiteral("cannot read %1: %2").arg(request.sourcePath, connection.problem())};
    const QSqlDatabase source = connection.db();
    const QString &centre = request.centreId;

    execOrThrow(m_target, m_dialect.beginWrite());
    try {
        const QStringList taken = conflicts(source, centre);
        if (!taken.isEmpty()) {
            execOrThrow(m_target, QStringLiteral("ROLLBACK"));
            return ValidationError{
                QStringLiteral("id-conflict"),
                QStringLiteral("Tỉnh đã có các mã này ở trung tâm khác, không nhập gì / the "
                               "province has these ids in another centre, nothing was "
                               "imported: %1")
                    .arg(taken.join(QLatin1String(", ")))};
        }
        CentreImportOutcome outcome;
        outcome.centreCreated =
            runOrThrow(m_target,
                       QStringLiteral("INSERT INTO centres (id, name, created_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT DO NOTHING"),
                       {centre, request.centreName, QDateTime::currentMSecsSinceEpoch()})
                .numRowsAffected() > 0;
        outcome.usersLeftOut = namesTaken(source, QStringLiteral("users"), QStringLiteral("name"),
                                          QStringLiteral("password_hash"), centre);
        outcome.integrationsLeftOut =
            namesTaken(source, QStringLiteral("integrations"), QStringLiteral("name"),
                       QStringLiteral("token_digest"), centre);
        const auto notLeftOut = [](const QStringList &leftOut, const QString &key) {
            return [&leftOut, key](const QSqlRecord &row) {
                return !leftOut.contains(row.value(key).toString());
            };
        };
        const std::function<bool(const QSqlRecord &)> ownUser =
            notLeftOut(outcome.usersLeftOut, QStringLiteral("user_name"));
        // Parents first: kiosks and staff name their unit, cases their rating.
        const QList<std::tuple<QString, QString, std::function<bool(const QSqlRecord &)>>> tables =
            {
                {QStringLiteral("units"), QStringLiteral("units"), {}},
                {QStringLiteral("kiosks"), QStringLiteral("kiosks"), {}},
                {QStringLiteral("kiosk certificates"), QStringLiteral("kiosk_certificates"), {}},
                {QStringLiteral("kiosk sequences"), QStringLiteral("kiosk_sequences"), {}},
                {QStringLiteral("staff"), QStringLiteral("staff"), {}},
                {QStringLiteral("users"), QStringLiteral("users"),
                 notLeftOut(outcome.usersLeftOut, QStringLiteral("name"))},
                {QStringLiteral("notification choices"), QStringLiteral("notification_choices"),
                 ownUser},
                {QStringLiteral("integrations"), QStringLiteral("integrations"),
                 notLeftOut(outcome.integrationsLeftOut, QStringLiteral("name"))},
                {QStringLiteral("ratings"), QStringLiteral("ratings"), {}},
                {QStringLiteral("dossiers"), QStringLiteral("dossiers"), {}},
                {QStringLiteral("dossier ratings"), QStringLiteral("dossier_ratings"), {}},
                {QStringLiteral("cases"), QStringLiteral("cases"), {}},
                {QStringLiteral("period closings"), QStringLiteral("period_closings"), {}},
                {QStringLiteral("digest days"), QStringLiteral("digest_days"), {}},
            };
        bool newRatings = false;
        for (const auto &[kind, table, keep] : tables) {
            const CentreImportOutcome::Rows rows = copy(source, kind, table, centre, keep);
            newRatings = newRatings || (table == QLatin1String("ratings") && rows.added > 0);
            outcome.rows.append(rows);
        }
        outcome.rows.append(copyAuditLog(source, centre));
        if (newRatings)
            rebuildRollups(centre);
        QSqlQuery span = runOrThrow(
            source, QStringLiteral("SELECT MIN(effective_at), MAX(effective_at) FROM ratings"));
        if (span.next() && !span.value(0).isNull()) {
            outcome.firstRating = fromStoredInstant(span.value(0));
            outcome.lastRating = fromStoredInstant(span.value(1));
        }
        execOrThrow(m_target, QStringLiteral("COMMIT"));
        return outcome;
    } catch (...) {
        QSqlQuery(m_target).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

QStringList CentreTransfer::conflicts(const QSqlDatabase &source, const QString &centre)
{
    QStringList taken;
    const auto check = [&](const QString &what, const QString &sourceSql,
                           const QString &targetSql) {
        for (const QString &id : column(source, sourceSql))
            for (const QString &other : column(m_target, targetSql, {id}))
                if (other != centre)
                    taken.append(QStringLiteral("%1 %2 (%3)").arg(what, id, other));
    };
    check(QStringLiteral("unit"), QStringLiteral("SELECT id FROM units ORDER BY id"),
          QStringLiteral("SELECT centre_id FROM units WHERE id = ?"));
    check(QStringLiteral("kiosk"), QStringLiteral("SELECT id FROM kiosks ORDER BY id"),
          QStringLiteral("SELECT u.centre_id FROM kiosks k JOIN units u ON u.id = k.unit_id "
                         "WHERE k.id = ?"));
    check(QStringLiteral("staff"), QStringLiteral("SELECT code FROM staff ORDER BY code"),
          QStringLiteral("SELECT centre_id FROM staff WHERE code = ?"));
    return taken;
}

QStringList CentreTransfer::namesTaken(const QSqlDatabase &source, const QString &table,
                                       const QString &key, const QString &same,
                                       const QString &centre)
{
    // Table and column names are this file's own words, never input.
    QSqlQuery rows = runOrThrow(
        source, QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1").arg(key, same, table));
    QStringList taken;
    while (rows.next()) {
        QSqlQuery there = runOrThrow(
            m_target,
            QStringLiteral("SELECT %1, centre_id FROM %2 WHERE %3 = ?").arg(same, table, key),
            {rows.value(0)});
        // The same record brought in by an earlier import of this centre is no clash.
        if (there.next() && (there.value(0).toString() != rows.value(1).toString() ||
                             there.value(1).toString() != centre))
            taken.append(rows.value(0).toString());
    }
    return taken;
}

CentreImportOutcome::Rows CentreTransfer::copy(const QSqlDatabase &source, const QString &kind,
                                               const QString &table, const QString &centre,
                                               const std::function<bool(const QSqlRecord &)> &keep)
{
    CentreImportOutcome::Rows counted{kind, 0, 0};
    QSqlQuery rows = runOrThrow(source, QStringLiteral("SELECT * FROM %1").arg(table));
    QSqlQuery insert(m_target);
    int centreIndex = -1;
    bool prepared = false;
    while (rows.next()) {
        const QSqlRecord row = rows.record();
        ++counted.inCommune;
        if (keep && !keep(row))
            continue;
        if (!prepared) {
            QStringList columns;
            QStringList marks;
            for (int i = 0; i < row.count(); ++i) {
                columns.append(row.fieldName(i));
                marks.append(QStringLiteral("?"));
            }
            centreIndex = row.indexOf(centreColumn);
            const QString sql =
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO "
                               "NOTHING")
                    .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
            if (!insert.prepare(sql))
                throw StorageError(
                    QStringLiteral("%1: %2").arg(sql, insert.lastError().text()).toStdString());
            prepared = true;
        }
        for (int i = 0; i < row.count(); ++i)
            insert.bindValue(i, i == centreIndex ? QVariant(centre) : row.value(i));
        if (!insert.exec())
            throw StorageError(
                QStringLiteral("%1: %2").arg(table, insert.lastError().text()).toStdString());
        counted.added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    return counted;
}

CentreImportOutcome::Rows CentreTransfer::copyAuditLog(const QSqlDatabase &source,
                                                       const QString &centre)
{
    // The log has no key: an entry is there already when one with the same content is.
    const QString columns = QStringLiteral("at, event, actor, detail, ok, address");
    QSqlQuery entries =
        runOrThrow(source, QStringLiteral("SELECT %1 FROM audit_log ORDER BY at").arg(columns));
    CentreImportOutcome::Rows counted{QStringLiteral("audit log entries"), 0, 0};
    while (entries.next()) {
        ++counted.inCommune;
        QVariantList values;
        for (int i = 0; i < 6; ++i)
            values.append(entries.value(i));
        values.append(centre);
        if (runOrThrow(m_target,
                       QStringLiteral("SELECT 1 FROM audit_log WHERE at = ? AND event = ? AND "
                                      "actor = ? AND detail = ? AND ok = ? AND address = ? AND "
                                      "centre_id = ?"),
                       values)
                .next())
            continue;
        runOrThrow(m_target,
                   QStringLiteral("INSERT INTO audit_log (%1, centre_id) VALUES (?, ?, ?, ?, ?, "
                                  "?, ?)")
                       .arg(columns),
                   values);
        ++counted.added;
    }
    return counted;
}

void CentreTransfer::rebuildRollups(const QString &centre)
{
    // As RollupBatch adds each stored rating: a day is the centre's (UTC+7); repeats count in
    // no rollup, suspect ratings in the per-unit rollup only.
    const QString day = QStringLiteral("(effective_at + 25200000) / 86400000");
    for (const QString &table :
         {QStringLiteral("rollup_days"), QStringLiteral("rollup_indicator_days"),
          QStringLiteral("rollup_hours")})
        runOrThrow(m_target, QStringLiteral("DELETE FROM %1 WHERE centre_id = ?").arg(table),
                   {centre});
    runOrThrow(m_target,
               QStringLiteral("INSERT INTO rollup_days (centre_id, day, unit_id, unit_kind, tied, "
                              "field, counter, staff, suspect, n, satisfied, clock_skewed, "
                              "unattributed) SELECT centre_id, %1, unit_id, unit_kind, tied, "
                              "field, counter, staff, suspect, COUNT(*), SUM(satisfied), "
                              "SUM(clock_skew), SUM(unattributed) FROM ratings WHERE centre_id "
                              "= ? AND repeated = 0 GROUP BY centre_id, %1, unit_id, unit_kind, "
                              "tied, field, counter, staff, suspect")
                   .arg(day),
               {centre});
    runOrThrow(m_target,
               QStringLiteral("INSERT INTO rollup_indicator_days (centre_id, day, unit_kind, tied, "
                              "field, n, satisfied) SELECT centre_id, %1, unit_kind, tied, field, "
                              "COUNT(*), SUM(satisfied) FROM ratings WHERE centre_id = ? AND "
                              "repeated = 0 AND suspect = 0 GROUP BY centre_id, %1, unit_kind, "
                              "tied, field")
                   .arg(day),
               {centre});
    runOrThrow(m_target,
               QStringLiteral("INSERT INTO rollup_hours (centre_id, day, hour, n, satisfied) "
                              "SELECT centre_id, %1, ((effective_at + 25200000) % 86400000) / "
                              "3600000, COUNT(*), SUM(satisfied) FROM ratings WHERE centre_id = ? "
                              "AND repeated = 0 AND suspect = 0 GROUP BY centre_id, %1, "
                              "((effective_at + 25200000) % 86400000) / 3600000")
                   .arg(day),
               {centre});
}

} // namespace hailong
