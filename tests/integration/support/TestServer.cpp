#include "TestServer.h"

#include "PostgresInstance.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

namespace hailong::testing {

namespace {
// Generous: only to stop a broken server from hanging the suite, never a performance bound.
constexpr int processTimeoutMs = 60'000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

TestServer::TestServer(const QString &binary)
    : m_binary(binary)
{}

TestServer::~TestServer()
{
    stop();
    m_postgres.reset();
}

bool TestServer::restartDatabase()
{
    return m_postgres && m_postgres->restart();
}

int TestServer::run(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binary, arguments + QStringList{QStringLiteral("--data"), dataDir()});
    if (!process.waitForStarted(processTimeoutMs))
        return -1;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(processTimeoutMs);
    m_lastOutput = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestServer::init(const QStringList &extraArguments)
{
    QStringList arguments = QStringList{QStringLiteral("init")} + extraArguments;
    if (usesPostgres()) {
        m_postgres = std::make_unique<PostgresInstance>();
        if (!m_postgres->start()) {
            m_lastOutput = m_postgres->error();
            return false;
        }
        arguments << QStringLiteral("--db") << m_postgres->url();
    }
    if (run(arguments) != 0)
        return false;
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^password: (\\S+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(m_lastOutput);
    m_adminPassword = match.captured(1);
    return match.hasMatch();
}

bool TestServer::addUnit(const QString &id, const QString &kind, const QString &name)
{
    return run({QStringLiteral("unit"), QStringLiteral("add"), id, QStringLiteral("--kind"), kind,
                QStringLiteral("--name"), name}) == 0;
}

QString TestServer::addKiosk(const QString &id, const QString &unit, const QString &counter,
                             const QString &survey)
{
    QStringList arguments{QStringLiteral("kiosk"), QStringLiteral("add"), id,
                          QStringLiteral("--unit"), unit};
    if (!counter.isEmpty())
        arguments << QStringLiteral("--counter") << counter;
    if (!survey.isEmpty())
        arguments << QStringLiteral("--survey") << survey;
    return tokenPrintedBy(arguments);
}

QString TestServer::addIntegration(const QString &name, const QString &centre)
{
    QStringList arguments{QStringLiteral("integration"), QStringLiteral("add"), name};
    if (!centre.isEmpty())
        arguments << QStringLiteral("--centre") << centre;
    return tokenPrintedBy(arguments);
}

QString TestServer::tokenPrintedBy(const QStringList &arguments)
{
    if (run(arguments) != 0)
        return {};
    return QRegularExpression(QStringLiteral("^token: (\\S+)$"),
                              QRegularExpression::MultilineOption)
        .match(m_lastOutput)
        .captured(1);
}

bool TestServer::addUser(const QString &name, const QString &role, const QString &password)
{
    return run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                role},
               password.toUtf8() + '\n') == 0;
}

std::unique_ptr<QProcess> TestServer::startAnother(quint16 &port,
                                                   const QStringList &extraArguments) const
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        port = freePort();
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(m_binary, QStringList{QStringLiteral("serve"), QStringLiteral("--data"),
                                             dataDir(), QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:%1").arg(port)} +
                                     extraArguments);
        QByteArray output;
        while (process->waitForReadyRead(60'000)) {
            output += process->readAllStandardOutput();
            if (output.contains("listening on https://"))
                return process;
        }
        // Most likely the port was taken between the probe and the start: try another.
        process->kill();
        process->waitForFinished();
    }
    return nullptr;
}

bool TestServer::start(const QStringList &extraArguments)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_serve = std::make_unique<QProcess>();
        m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_serve->start(m_binary, QStringList{QStringLiteral("serve"), QStringLiteral("--data"),
                                             dataDir(), QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                                     extraArguments);
        QByteArray output;
        while (m_serve->waitForReadyRead(processTimeoutMs)) {
            output += m_serve->readAllStandardOutput();
            if (output.contains("listening on https://"))
                return true;
        }
        m_serve->kill();
        m_serve->waitForFinished();
    }
    return false;
}

void TestServer::stop()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(processTimeoutMs))
            m_serve->kill();
        m_serve->waitForFinished();
    }
    m_serve.reset();
}

void TestServer::kill()
{
    if (!m_serve)
        return;
    m_serve->kill();
    m_serve->waitForFinished(processTimeoutMs);
    m_serve.reset();
}

bool TestServer::isRunning() const
{
    return m_serve && m_serve->state() == QProcess::Running;
}

qint64 TestServer::residentKiB() const
{
    if (!isRunning())
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_serve->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

HttpReply TestServer::logIn(TlsClient &client, const QString &user, const QString &password) const
{
    return client.postJson(
        url(QStringLiteral("/api/v1/session")),
        {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

HttpReply TestServer::logInAdmin(TlsClient &client) const
{
    return logIn(client, QStringLiteral("admin"), m_adminPassword);
}

QStringList TestServer::auditedActions(TlsClient &client, const QString &prefix, int limit) const
{
    QStringList audited;
    const QJsonArray entries = client.get(url(QStringLiteral("/api/v1/audit?limit=%1").arg(limit)))
                                   .json()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(QLatin1String("action")).toString();
        if (action.startsWith(prefix))
            audited.append(QStringLiteral("%1 %2 %3")
                               .arg(action, entry.value(QLatin1String("user")).toString(),
                                    entry.value(QLatin1String("target")).toString()));
    }
    return audited;
}

QString TestServer::databasePath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("hailong.db"));
}

QString TestServer::databaseUrl() const
{
    return m_postgres ? m_postgres->url() : databasePath();
}

QSqlDatabase TestServer::openDatabase(const QString &connectionName) const
{
    QSqlDatabase db;
    if (m_postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_postgres->host());
        db.setPort(m_postgres->port());
        db.setUserName(m_postgres->user());
        db.setDatabaseName(m_postgres->database());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath());
    }
    db.open();
    return db;
}

bool TestServer::usesPostgres()
{
    return qgetenv("HAILONG_TEST_DB") == "postgresql";
}

QString TestServer::caPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("ca.pem"));
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

TlsClient::TlsClient(const QString &caPath)
    : m_ca(QSslCertificate::fromPath(caPath))
{}

HttpReply TlsClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    request.setTransferTimeout(processTimeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply TlsClient::rawGet(quint16 port, const QByteArray &path)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    HttpReply result;
    if (!socket.waitForEncrypted(processTimeoutMs)) {
        result.networkError = socket.errorString();
        return result;
    }
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    // Reads until the whole body (by Content-Length) is in; the server may keep the
    // connection open.
    QByteArray answer;
    qsizetype split = -1;
    qsizetype expected = -1;
    while (expected < 0 || answer.size() < split + 4 + expected) {
        if (!socket.waitForReadyRead(processTimeoutMs))
            break;
        answer += socket.readAll();
        split = answer.indexOf("\r\n\r\n");
        if (split >= 0 && expected < 0) {
            expected = 0;
            for (const QByteArray &line : answer.left(split).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    expected = line.mid(15).trimmed().toLongLong();
            }
        }
    }
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    result.status = statusLine.value(1).toInt();
    result.body = split < 0 ? QByteArray() : answer.mid(split + 4);
    return result;
}

HttpReply TlsClient::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", url, {}, headers);
}

HttpReply TlsClient::post(const QUrl &url, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", url, body, headers);
}

HttpReply TlsClient::postJson(const QUrl &url, const QJsonObject &body,
                              QList<QPair<QByteArray, QByteArray>> headers)
{
    return sendJson("POST", url, body, std::move(headers));
}

HttpReply TlsClient::putJson(const QUrl &url, const QJsonObject &body,
                             QList<QPair<QByteArray, QByteArray>> headers)
{
    return sendJson("PUT", url, body, std::move(headers));
}

HttpReply TlsClient::sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body,
                              QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send(verb, url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TlsClient::patchJson(const QUrl &url, const QJsonObject &body,
                               QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send("PATCH", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply TlsClient::del(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("DELETE", url, {}, headers);
}

QList<QPair<QByteArray, QByteArray>> TlsClient::bearer(const QString &token)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1()}};
}

QJsonObject TestRatings::rating(const QString &id, const QDateTime &createdAt, qint64 seq,
                                int overall)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), createdAt.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("survey"), QStringLiteral("default")},
        {QStringLiteral("overall"), overall}};
}

QJsonObject TestRatings::batch(const QJsonArray &ratings)
{
    return {{QStringLiteral("ratings"), ratings}};
}

QString TestRatings::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString TestRatings::firstStatus(const QJsonObject &answer)
{
    return answer.value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("status"))
        .toString();
}

QJsonValue withoutComparisons(const QJsonValue &indicators)
{
    QJsonArray plain;
    for (const QJsonValue &entry : indicators.toArray()) {
        QJsonObject indicator = entry.toObject();
        for (const char *key : {"previous", "same_period_last_year", "year_to_date"})
            indicator.remove(QLatin1String(key));
        plain.append(indicator);
    }
    return plain;
}

} // namespace hailong::testing
