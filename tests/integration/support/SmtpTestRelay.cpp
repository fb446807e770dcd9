#include "SmtpTestRelay.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

namespace hailong::testing {

namespace {
// "=?UTF-8?B?…?=" words, folded over lines, back to text.
QString decodedWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    QByteArray bytes;
    qsizetype last = 0;
    const QString text = QString::fromLatin1(value);
    auto it = word.globalMatch(text);
    if (!it.hasNext())
        return QString::fromUtf8(value).trimmed();
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        if (!between.trimmed().isEmpty())
            bytes += between.toUtf8();
        bytes += QByteArray::fromBase64(match.captured(1).toLatin1());
        last = match.capturedEnd();
    }
    bytes += text.mid(last).trimmed().toUtf8();
    return QString::fromUtf8(bytes);
}

// The header block with folded lines joined, and the body.
QPair<QList<QByteArray>, QByteArray> split(const QByteArray &raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(end);
    QList<QByteArray> headers;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmedRight = line.endsWith('\r') ? line.chopped(1) : line;
        if (!headers.isEmpty() && (line.startsWith(' ') || line.startsWith('\t')))
            headers.last() += trimmedRight;
        else
            headers.append(trimmedRight);
    }
    return {headers, end < 0 ? QByteArray() : raw.mid(end + 4)};
}

// One SMTP session on one connection.
class Session : public QObject
{
public:
    Session(QSslSocket *socket, SmtpTestRelay &relay, bool offerStartTls, QString user,
            QString password, QList<ReceivedMail> &mails, QList<SmtpTestRelay::Command> &commands)
        : QObject(socket)
        , m_socket(socket)
        , m_offerStartTls(offerStartTls)
        , m_user(std::move(user))
        , m_password(std::move(password))
        , m_mails(mails)
        , m_commands(commands)
    {
        Q_UNUSED(relay);
        connect(socket, &QSslSocket::readyRead, this, [this] { read(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        reply("220 relay.test ESMTP");
    }

private:
    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); }

    void read()
    {
        while (m_socket->canReadLine()) {
            QByteArray line = m_socket->readLine();
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            if (m_inData)
                dataLine(line);
            else if (m_awaitingCredentials)
                credentials(line);
            else
                command(line);
        }
    }

    void dataLine(const QByteArray &line)
    {
        if (line == ".") {
            m_inData = false;
            m_mail.overTls = m_socket->isEncrypted();
            m_mails.append(m_mail);
            m_mail = {};
            reply("250 queued");
            return;
        }
        m_mail.raw += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
    }

    void credentials(const QByteArray &line)
    {
        m_awaitingCredentials = false;
        const QList<QByteArray> parts = QByteArray::fromBase64(line).split('\0');
        m_loggedIn = parts.size() == 3 && QString::fromUtf8(parts.at(1)) == m_user &&
                     QString::fromUtf8(parts.at(2)) == m_password;
        reply(m_loggedIn ? "235 ok" : "535 bad login");
    }

    void command(const QByteArray &line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        m_commands.append({verb, m_socket->isEncrypted()});
        const QByteArray argument = line.mid(verb.size()).trimmed();
        if (verb == "EHLO" || verb == "HELO") {
            if (m_offerStartTls && !m_socket->isEncrypted()) {
                reply("250-relay.test");
                reply("250 STARTTLS");
            } else if (!m_user.isEmpty() && m_socket->isEncrypted()) {
                reply("250-relay.test");
                reply("250 AUTH PLAIN");
            } else {
                reply("250 relay.test");
            }
        } else if (verb == "STARTTLS" && m_offerStartTls && !m_socket->isEncrypted()) {
            reply("220 go ahead");
            m_socket->startServerEncryption();
        } else if (verb == "AUTH" && m_socket->isEncrypted() && !m_user.isEmpty()) {
            const QList<QByteArray> words = argument.split(' ');
            if (words.value(0).toUpper() != "PLAIN") {
                reply("504 PLAIN only");
            } else if (words.size() > 1) {
                credentials(words.at(1));
            } else {
                m_awaitingCredentials = true;
                reply("334 ");
            }
        } else if (verb == "MAIL") {
            if (!m_user.isEmpty() && !m_loggedIn) {
                reply("530 log in first");
                return;
            }
            m_mail = {};
            m_mail.from = QString::fromUtf8(argument.mid(argument.indexOf('<') + 1))
                              .section(QLatin1Char('>'), 0, 0);
            reply("250 ok");
        } else if (verb == "RCPT") {
            m_mail.to.append(QString::fromUtf8(argument.mid(argument.indexOf('<') + 1))
                                 .section(QLatin1Char('>'), 0, 0));
            reply("250 ok");
        } else if (verb == "DATA") {
            m_inData = true;
            reply("354 end with .");
        } else if (verb == "RSET" || verb == "NOOP") {
            reply("250 ok");
        } else if (verb == "QUIT") {
            reply("221 bye");
            m_socket->disconnectFromHost();
        } else {
            reply("502 not here");
        }
    }

    QSslSocket *m_socket;
    bool m_offerStartTls;
    QString m_user;
    QString m_password;
    QList<ReceivedMail> &m_mails;
    QList<SmtpTestRelay::Command> &m_commands;
    ReceivedMail m_mail;
    bool m_inData = false;
    bool m_awaitingCredentials = false;
    bool m_loggedIn = false;
};
} // namespace

QString ReceivedMail::header(const QByteArray &name) const
{
    for (const QByteArray &line : split(raw).first) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return decodedWords(line.mid(name.size() + 1).trimmed());
    }
    return {};
}

QString ReceivedMail::subject() const
{
    return header("Subject");
}

QString ReceivedMail::text() const
{
    const QByteArray body = split(raw).second;
    const bool base64 =
        header("Content-Transfer-Encoding").compare(QLatin1String("base64"), Qt::CaseInsensitive) ==
        0;
    return QString::fromUtf8(base64 ? QByteArray::fromBase64(body) : body)
        .replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

SmtpTestRelay::SmtpTestRelay(QSslCertificate certificate, QSslKey key, bool offerStartTls)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
    , m_offerStartTls(offerStartTls)
{}

void SmtpTestRelay::requireLogin(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool SmtpTestRelay::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QList<ReceivedMail> SmtpTestRelay::mailsTo(const QString &address) const
{
    QList<ReceivedMail> found;
    for (const ReceivedMail &mail : m_mails) {
        if (mail.to.contains(address))
            found.append(mail);
    }
    return found;
}

void SmtpTestRelay::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(tls);
    new Session(socket, *this, m_offerStartTls, m_user, m_password, m_mails, m_commands);
}

} // namespace hailong::testing
