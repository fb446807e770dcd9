#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace hailong::testing {

class PostgresInstance;
class TlsClient;
struct HttpReply;

// The real `hailong-server` binary in a temporary data folder: init, enrol, serve on a free
// loopback port, kill, restart. With HAILONG_TEST_DB=postgresql in the environment the server
// keeps its data in a PostgreSQL cluster of its own (`init --db URL`), so the same suites run
// against both backends.
class TestServer
{
public:
    explicit TestServer(const QString &binary);
    ~TestServer();

    // Runs `init` (starting PostgreSQL first when the suite runs against it); false (with the
    // output in lastOutput()) when it fails.
    bool init(const QStringList &extraArguments = {});
    // Runs a command with --data appended; returns its exit code (-1 if it did not run).
    int run(const QStringList &arguments, const QByteArray &stdinData = {});
    QString lastOutput() const { return m_lastOutput; }

    bool addUnit(const QString &id, const QString &kind, const QString &name);
    // Returns the kiosk's token; `survey` overrides its unit's.
    QString addKiosk(const QString &id, const QString &unit, const QString &counter = {},
                     const QString &survey = {});
    // The one-stop system's token; `centre` for a province of several centres.
    QString addIntegration(const QString &name, const QString &centre = {});
    bool addUser(const QString &name, const QString &role, const QString &password);
    QString adminPassword() const { return m_adminPassword; }

    // Starts `serve` on 127.0.0.1:<free port> and waits for its "listening on" line.
    bool start(const QStringList &extraArguments = {});
    // Another `serve` on the same data folder (the same keys, certificate and database URL: a
    // second process of a province on one PostgreSQL database) on 127.0.0.1:<free port>, which
    // goes to `port`; running once it listens, or null.
    std::unique_ptr<QProcess> startAnother(quint16 &port,
                                           const QStringList &extraArguments = {}) const;
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL, as a crash
    bool isRunning() const;
    // The running server's resident memory (VmRSS) in KiB, or -1.
    qint64 residentKiB() const;

    quint16 port() const { return m_port; }
    // Logs `client` in as a staff member (the answer carries the CSRF token), or as the admin
    // `init` made.
    HttpReply logIn(TlsClient &client, const QString &user, const QString &password) const;
    HttpReply logInAdmin(TlsClient &client) const;
    // The last `limit` audit entries (newest first) whose action begins with `prefix`, each as
    // "action user target", read by `client` (an admin).
    QStringList auditedActions(TlsClient &client, const QString &prefix, int limit) const;
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const;
    QString caPath() const;
    // What `--db` takes for this server's database: the SQLite file or the PostgreSQL URL.
    QString databaseUrl() const;
    // A new connection to the server's database under `connectionName`, open (check isOpen());
    // remove it with QSqlDatabase::removeDatabase when done.
    QSqlDatabase openDatabase(const QString &connectionName) const;
    // True when HAILONG_TEST_DB=postgresql.
    static bool usesPostgres();
    // Restarts the PostgreSQL server under a running `serve` (its connections are cut); false
    // on SQLite or when PostgreSQL does not come back.
    bool restartDatabase();

private:
    // Runs a command that prints "token: <TOKEN>"; the token, or empty when it failed.
    QString tokenPrintedBy(const QStringList &arguments);

    QString m_binary;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresInstance> m_postgres;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    QString m_adminPassword;
    QString m_lastOutput;
};

struct HttpReply
{
    int status = 0;       // 0 when no HTTP answer came
    QString networkError; // empty when the exchange worked at the HTTP level
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// An HTTPS client that trusts only the server's CA (DIR/ca.pem); keeps cookies between calls.
class TlsClient
{
public:
    explicit TlsClient(const QString &caPath);

    HttpReply get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply post(const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply postJson(const QUrl &url, const QJsonObject &body,
                       QList<QPair<QByteArray, QByteArray>> headers = {});
    HttpReply putJson(const QUrl &url, const QJsonObject &body,
                      QList<QPair<QByteArray, QByteArray>> headers = {});
    HttpReply patchJson(const QUrl &url, const QJsonObject &body,
                        QList<QPair<QByteArray, QByteArray>> headers = {});
    HttpReply del(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A GET whose path goes on the wire exactly as given (no dot-segment removal, no
    // re-encoding), to try what a hostile client would send. Only status and body are read.
    HttpReply rawGet(quint16 port, const QByteArray &path);

    static QList<QPair<QByteArray, QByteArray>> bearer(const QString &token);

private:
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers);
    HttpReply sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body,
                       QList<QPair<QByteArray, QByteArray>> headers);

    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
};

// A report's indicators without its comparisons (previous period, same period last year,
// year to date), which only the report has: the figures the indicators route gives.
QJsonValue withoutComparisons(const QJsonValue &indicators);

// Wire ratings for tests.
class TestRatings
{
public:
    // A minimal valid rating of the default survey.
    static QJsonObject rating(const QString &id, const QDateTime &createdAt, qint64 seq,
                              int overall);
    static QJsonObject batch(const QJsonArray &ratings);
    static QString newId();
    // The status ("accepted", "duplicate", "rejected") of the first rating in an answer.
    static QString firstStatus(const QJsonObject &answer);
};

} // namespace hailong::testing
