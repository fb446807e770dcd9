#include "storage/CommitThread.h"

#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"
#include "storage/StorageTables.h"

#include <QUuid>

namespace hailong {

struct CommitThread::Connection
{
    Connection(QString sourceName, SqlDialect dialect)
        : sourceName(std::move(sourceName))
        , dialect(dialect)
    {}

    QString sourceName;
    SqlDialect dialect;
    QString name;
    std::unique_ptr<StorageTables> tables;

    StorageTables &open()
    {
        if (tables)
            return *tables;
        name = QStringLiteral("hailong-commit-") + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceName, name);
        try {
            SqlConnection::open(db, dialect, QStringLiteral("for commits"));
            tables = std::make_unique<StorageTables>(db);
        } catch (...) {
            close();
            throw;
        }
        return *tables;
    }

    void close()
    {
        if (name.isEmpty())
            return;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        tables.reset();
        SqlConnection::remove(db);
        name.clear();
    }
};

CommitThread::CommitThread(const QSqlDatabase &database, SqlDialect dialect)
    : m_connection(std::make_unique<Connection>(database.connectionName(), dialect))
{
    m_thread.setObjectName(QStringLiteral("rating commits"));
    m_threadSide.moveToThread(&m_thread);
    m_thread.start();
}

CommitThread::~CommitThread()
{
    // Queued behind every job already posted, so those finish first.
    QMetaObject::invokeMethod(
        &m_threadSide, [this] { m_connection->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CommitThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(&m_threadSide, std::move(job), Qt::QueuedConnection);
}

StorageTables &CommitThread::tables()
{
    return m_connection->open();
}

void CommitThread::dropConnectionIfLost()
{
    if (m_connection->tables && m_connection->dialect.canLoseConnection() &&
        !answersQueries(m_connection->tables->db))
        m_connection->close();
}

void CommitThread::answer(std::function<void()> work)
{
    QMetaObject::invokeMethod(&m_callerSide, std::move(work), Qt::QueuedConnection);
}

} // namespace hailong
