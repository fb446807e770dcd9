#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace hailong::testing {

// A throw-away PostgreSQL cluster for tests: initdb in a temporary folder, the server on a free
// loopback port with its Unix socket in that folder, one database, stopped and deleted with
// the object. PostgreSQL refuses to run as root, so under root the cluster belongs to the
// `postgres` system user and every server binary runs as that user.
class PostgresInstance
{
public:
    PostgresInstance();
    ~PostgresInstance();

    PostgresInstance(const PostgresInstance &) = delete;
    PostgresInstance &operator=(const PostgresInstance &) = delete;

    // Creates and starts the cluster and the database; false with the reason in error().
    bool start();
    void stop();
    // Stops the server (a fast shutdown: clients are cut off) and starts it again on the same
    // port with the same data, as an operator restarting PostgreSQL would.
    bool restart();
    QString error() const { return m_error; }

    // postgresql://hailong@127.0.0.1:PORT/hailong — what `--db` takes.
    QString url() const;
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("hailong"); }
    QString database() const { return QStringLiteral("hailong"); }

    // The folder holding initdb and postgres (PostgreSQL 15 from Debian, else the newest
    // installed); empty when PostgreSQL is not installed.
    static QString binFolder();

private:
    // Starts postgres on m_port over the cluster and waits until it accepts connections.
    bool launch();
    bool runTool(const QString &tool, const QStringList &arguments);
    QStringList asClusterOwner(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace hailong::testing
