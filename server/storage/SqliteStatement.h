#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace hailong {

// A statement run through SQLite's own interface on the connection Qt opened, so it shares
// that connection's transactions and busy timeout. Qt's binding layer formats and hashes a
// placeholder name for every bound value, which cost more than the insert itself on the
// ingest path; SQLite binds by position directly. Values and rows are converted as Qt's
// QSQLITE driver converts them. Every failure becomes a StorageError.
class SqliteStatement
{
public:
    // The connection's SQLite handle; nullptr when `db` is not an open SQLite connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds the values in order, steps to the end and resets, so no read stays open.
    QList<QVariantList> run(std::initializer_list<QVariant> values);

    // Runs statements that need no reuse and return no rows (transactions, PRAGMAs).
    static void execute(sqlite3 *db, const QString &sql);

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};

} // namespace hailong
