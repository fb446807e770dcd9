#include "storage/SqliteStatement.h"

#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QSqlDriver>
#include <sqlite3.h>

namespace hailong {

namespace {
int bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            return sqlite3_bind_null(statement, position);
        return sqlite3_bind_blob64(statement, position, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return sqlite3_bind_text16(statement, position,
                                   value.toDateTime().toString(Qt::ISODateWithMs).utf16(), -1,
                                   SQLITE_TRANSIENT);
    default: {
        // A null QString is stored as '' (absent texts are empty, never NULL).
        const QString text = value.toString();
        const void *const characters = text.isNull() ? static_cast<const void *>(u"")
                                                     : static_cast<const void *>(text.utf16());
        return sqlite3_bind_text16(statement, position, characters,
                                   int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
    }
    }
}

QVariant column(sqlite3_stmt *statement, int index)
{
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, index);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, index)),
                          sqlite3_column_bytes(statement, index));
    case SQLITE_NULL:
        return {};
    default:
        return QString(static_cast<const QChar *>(sqlite3_column_text16(statement, index)),
                       sqlite3_column_bytes16(statement, index) / qsizetype(sizeof(QChar)));
    }
}
} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const int code =
        sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * qsizetype(sizeof(QChar))),
                             SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        throw StorageError(QStringLiteral("cannot prepare \"%1\": %2")
                               .arg(sql, QString::fromUtf8(sqlite3_errmsg(db)))
                               .toStdString());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QList<QVariantList> SqliteStatement::run(std::initializer_list<QVariant> values)
{
    int position = 1;
    for (const QVariant &value : values) {
        const int code = bind(m_statement, position++, value);
        if (code != SQLITE_OK)
            fail(code);
    }
    QList<QVariantList> rows;
    const int columns = sqlite3_column_count(m_statement);
    for (;;) {
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_DONE)
            break;
        if (code != SQLITE_ROW)
            fail(code);
        QVariantList row;
        row.reserve(columns);
        for (int index = 0; index < columns; ++index)
            row.append(column(m_statement, index));
        rows.append(std::move(row));
    }
    sqlite3_reset(m_statement);
    return rows;
}

void SqliteStatement::fail(int code) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    throw StorageError(QStringLiteral("\"%1\" failed: %2 (%3)")
                           .arg(m_sql, message, QString::fromLatin1(sqlite3_errstr(code)))
                           .toStdString());
}

void SqliteStatement::execute(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return;
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(code));
    sqlite3_free(message);
    throw StorageError(QStringLiteral("\"%1\" failed: %2").arg(sql, text).toStdString());
}

} // namespace hailong
