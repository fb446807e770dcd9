#include "PostgresInstance.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace hailong::testing {

namespace {
// Generous: only to stop a broken cluster from hanging the suite, never a performance bound.
constexpr int toolTimeoutMs = 120'000;
constexpr int readyAttempts = 600;
constexpr unsigned long readyPollMs = 100;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}
} // namespace

PostgresInstance::PostgresInstance() = default;

PostgresInstance::~PostgresInstance()
{
    stop();
}

QString PostgresInstance::binFolder()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    if (versions.contains(QStringLiteral("15")))
        versions.prepend(QStringLiteral("15"));
    for (const QString &version : std::as_const(versions)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

QStringList PostgresInstance::asClusterOwner(const QString &program,
                                             const QStringList &arguments) const
{
    if (!runningAsRoot())
        return QStringList{program} + arguments;
    // setpriv execs the program itself, so the QProcess id is the server's and a signal to it
    // reaches PostgreSQL directly.
    return QStringList{QStringLiteral("setpriv"),
                       QStringLiteral("--reuid=postgres"),
                       QStringLiteral("--regid=postgres"),
                       QStringLiteral("--init-groups"),
                       QStringLiteral("--"),
                       program} +
           arguments;
}

bool PostgresInstance::runTool(const QString &tool, const QStringList &arguments)
{
    const QStringList command = asClusterOwner(binFolder() + QLatin1Char('/') + tool, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(toolTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()) +
                  process.errorString();
        return false;
    }
    return true;
}

bool PostgresInstance::start()
{
    if (binFolder().isEmpty()) {
        m_error =
            QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (runningAsRoot()) {
        const passwd *owner = ::getpwnam("postgres");
        if (!owner || ::chown(QFile::encodeName(m_dir.path()).constData(), owner->pw_uid,
                              owner->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return false;

    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        if (launch())
            return runTool(QStringLiteral("createdb"),
                           {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                            QString::number(m_port), QStringLiteral("-U"), user(), database()});
        // Most likely the port was taken between the probe and the start: try another.
    }
    return false;
}

bool PostgresInstance::restart()
{
    stop();
    return launch();
}

bool PostgresInstance::launch()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // fsync off: a test cluster need not survive a power cut, and the tests that kill
    // hailong-server leave PostgreSQL running.
    const QStringList command = asClusterOwner(
        binFolder() + QStringLiteral("/postgres"),
        {QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
         QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
         QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("max_connections=50")});
    m_server = std::make_unique<QProcess>();
    m_server->setStandardOutputFile(QProcess::nullDevice());
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("postgres.log")),
                                   QIODevice::Append);
    m_server->setWorkingDirectory(m_dir.path());
    m_server->start(command.first(), command.mid(1));
    if (!m_server->waitForStarted(toolTimeoutMs)) {
        m_error = QStringLiteral("cannot start postgres: ") + m_server->errorString();
        return false;
    }
    for (int poll = 0; poll < readyAttempts; ++poll) {
        if (m_server->state() != QProcess::Running)
            break;
        QProcess check;
        check.start(binFolder() + QStringLiteral("/pg_isready"),
                    {QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                     QString::number(m_port)});
        if (check.waitForFinished(toolTimeoutMs) && check.exitCode() == 0)
            return true;
        QThread::msleep(readyPollMs);
    }
    m_server->kill();
    m_server->waitForFinished();
    QFile log(m_dir.filePath(QStringLiteral("postgres.log")));
    m_error = QStringLiteral("postgres did not become ready: ") +
              (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    return false;
}

void PostgresInstance::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, nothing is waited for.
        ::kill(pid_t(m_server->processId()), SIGINT);
        if (!m_server->waitForFinished(toolTimeoutMs))
            m_server->kill();
        m_server->waitForFinished();
    }
    m_server.reset();
}

QString PostgresInstance::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user(), host())
        .arg(m_port)
        .arg(database());
}

} // namespace hailong::testing
