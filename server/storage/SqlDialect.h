#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace hailong {

// What differs between the SQL that SQLite and PostgreSQL accept, kept in this one place. The
// tables and migrations are written in the SQL both understand (upserts with ON CONFLICT,
// RETURNING, integer arithmetic); only the few things below are said differently.
class SqlDialect
{
public:
    enum class Kind { Sqlite, PostgreSql };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }

    // Starts a write transaction. SQLite takes the write lock at once, so a batch never fails
    // half-way on a lock upgrade; PostgreSQL locks row by row.
    QString beginWrite() const;

    // A schema statement as this backend needs it. SQLite's INTEGER is 64-bit and PostgreSQL's
    // is 32-bit, so every INTEGER column becomes BIGINT there; the audit log's order of
    // insertion (SQLite's implicit rowid) becomes an explicit rowid column. SQLite has no
    // "ADD COLUMN IF NOT EXISTS": the migration checks for the column itself (Migrations).
    QString schema(const QString &statement) const;

    // Whether a connection can be dropped from under the program: PostgreSQL's, by a server
    // restart; SQLite's is a file.
    bool canLoseConnection() const { return m_kind == Kind::PostgreSql; }

    // What every connection sets right after it opens (the server's first connection and the
    // one ratings are committed on alike).
    QStringList connectionSettings() const;

    // Statements that keep two server processes from migrating one database at the same time
    // (empty for SQLite, whose BEGIN IMMEDIATE already serialises them).
    QString migrationLock() const;
    QString migrationUnlock() const;

    // A failure that goes away when the whole transaction is tried again: PostgreSQL's
    // serialization failure and deadlock victim.
    static bool isTransient(const QSqlError &error);

private:
    Kind m_kind;
};

} // namespace hailong
