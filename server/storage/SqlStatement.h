#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

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

// A prepared statement, prepared once and reused; every failure becomes a StorageError.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    // Binds the values in order, executes and returns every row.
    SqlRows run(std::initializer_list<QVariant> values = {});

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Executes one statement that needs no reuse (schema steps, PRAGMAs, transactions).
void execOrThrow(const QSqlDatabase &db, const QString &sql);

// UTC milliseconds, the form every instant is stored in.
QVariant toStoredInstant(const QDateTime &instant);
QDateTime fromStoredInstant(const QVariant &value);

} // namespace hailong
