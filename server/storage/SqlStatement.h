#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace hailong {

// A prepared statement, prepared once and reused; every failure becomes a StorageError.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    // Binds the values in order and executes; returns the query to read rows from.
    QSqlQuery &run(std::initializer_list<QVariant> values = {});

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
