#pragma once

#include "storage/SqlDialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>

namespace hailong {

struct StorageTables;

// A second connection to the storage's database, on a thread of its own, where batches of
// ratings are committed: the thread that serves TLS goes on reading, checking and answering
// requests while a commit waits for the disk (SQLite's fsync) or for the PostgreSQL server.
// Jobs run one at a time, in the order posted. The connection copies the first one's settings;
// it is opened by the first job that asks for it, and again after it failed to open.
class CommitThread
{
public:
    // `database` is the storage's open (and migrated) connection.
    CommitThread(const QSqlDatabase &database, SqlDialect dialect);
    // Lets the jobs already posted finish, then closes the connection on its thread. Answers
    // they send after that are dropped.
    ~CommitThread();
    CommitThread(const CommitThread &) = delete;
    CommitThread &operator=(const CommitThread &) = delete;

    // Runs `job` on the commit thread.
    void post(std::function<void()> job);

    // For jobs: the commit connection's tables. Throws StorageError when it cannot be opened.
    StorageTables &tables();
    // For jobs, after a failure: when the database server dropped the connection, lets it go,
    // so that the next job opens a new one.
    void dropConnectionIfLost();
    // For jobs: runs `work` on the thread that made this object.
    void answer(std::function<void()> work);

private:
    struct Connection;

    QThread m_thread;
    QObject m_threadSide; // lives in m_thread: jobs are queued to it
    QObject m_callerSide; // lives in the caller's thread: answers are queued to it
    std::unique_ptr<Connection> m_connection; // touched on m_thread only
};

} // namespace hailong
