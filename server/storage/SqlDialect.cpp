#include "storage/SqlDialect.h"

#include <QRegularExpression>

namespace hailong {

namespace {
// Any constant will do, as long as every server process uses the same one.
constexpr qint64 migrationLockKey = 0x4861694c6f6e67; // "HaiLong"
} // namespace

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::schema(const QString &statement) const
{
    if (m_kind == Kind::Sqlite) {
        QString adapted = statement;
        return adapted.replace(QLatin1String(" ADD COLUMN IF NOT EXISTS "),
                               QLatin1String(" ADD COLUMN "));
    }
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    QString adapted = statement;
    adapted.replace(integer, QStringLiteral("BIGINT"));
    adapted.replace(QLatin1String("CREATE TABLE audit_log ("),
                    QLatin1String("CREATE TABLE audit_log (rowid BIGSERIAL, "));
    return adapted;
}

QStringList SqlDialect::connectionSettings() const
{
    if (m_kind == Kind::Sqlite)
        return {QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("PRAGMA synchronous=FULL"),
                QStringLiteral("PRAGMA foreign_keys=ON")};
    // Every instant is stored as UTC milliseconds; nothing depends on the session's zone, but
    // messages and any manual query read the same.
    return {QStringLiteral("SET TIME ZONE 'UTC'")};
}

QString SqlDialect::migrationLock() const
{
    if (m_kind == Kind::Sqlite)
        return {};
    return QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey);
}

QString SqlDialect::migrationUnlock() const
{
    if (m_kind == Kind::Sqlite)
        return {};
    return QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey);
}

bool SqlDialect::isTransient(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01");
}

} // namespace hailong
