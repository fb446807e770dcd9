#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

namespace hailong {

// The rows a statement returned, read in full so that no statement stays open: an open
// SELECT would pin an old WAL snapshot and make this connection's next write fail.
class SqlRows
{
public:
    bool next() { return ++m_position < m_rows.size(); }
    QVariant value(int column) const { return m_rows.at(m_position).value(column); }

private:
    friend class SqlStatement;
    QList<QVariantList> m_rows;
    qsizetype m_position = -1;
};

class SqliteStatement;

// A prepared statement, prepared once and reused; every failure becomes a StorageError.
// On SQLite it runs through SQLite's own interface (SqliteStatement), elsewhere through Qt's
// driver.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();

    // Binds the values in order, executes and returns every row.
    SqlRows run(std::initializer_list<QVariant> values = {});

private:
    std::unique_ptr<SqliteStatement> m_native;
    QSqlQuery m_query;
    QString m_sql;
};

// Executes one statement that needs no reuse (schema steps, PRAGMAs, transactions).
void execOrThrow(const QSqlDatabase &db, const QString &sql);

// Whether the connection still answers a query (false once the database server dropped it).
bool answersQueries(const QSqlDatabase &db);

// UTC milliseconds, the form every instant is stored in.
QVariant toStoredInstant(const QDateTime &instant);
QDateTime fromStoredInstant(const QVariant &value);

} // namespace hailong
