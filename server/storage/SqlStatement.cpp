#include "storage/SqlStatement.h"

#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>

namespace hailong {

namespace {
[[noreturn]] void throwFailure(const QString &sql, const QSqlError &error)
{
    const std::string message =
        QStringLiteral("\"%1\" failed: %2").arg(sql, error.text()).toStdString();
    if (SqlDialect::isTransient(error))
        throw TransientStorageError(message);
    throw StorageError(message);
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    if (sqlite3 *const handle = SqliteStatement::handleOf(db)) {
        m_native = std::make_unique<SqliteStatement>(handle, sql);
        return;
    }
    if (!m_query.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare \"%1\": %2")
                               .arg(sql, m_query.lastError().text())
                               .toStdString());
}

SqlStatement::~SqlStatement() = default;

SqlRows SqlStatement::run(std::initializer_list<QVariant> values)
{
    if (m_native) {
        SqlRows rows;
        rows.m_rows = m_native->run(values);
        return rows;
    }
    m_query.finish();
    int position = 0;
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; absent texts are stored as ''.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        m_query.bindValue(position++, nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!m_query.exec())
        throwFailure(m_sql, m_query.lastError());
    SqlRows rows;
    const int columns = m_query.record().count();
    while (m_query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(m_query.value(column));
        rows.m_rows.append(row);
    }
    m_query.finish();
    return rows;
}

void execOrThrow(const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *const handle = SqliteStatement::handleOf(db)) {
        SqliteStatement::execute(handle, sql);
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(sql))
        throwFailure(sql, query.lastError());
}

bool answersQueries(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

QVariant toStoredInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return instant.toMSecsSinceEpoch();
}

QDateTime fromStoredInstant(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace hailong
