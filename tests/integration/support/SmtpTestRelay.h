#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace hailong::testing {

// A mail as the test relay received it, decoded: RFC 2047 subject, base64 UTF-8 body.
struct ReceivedMail
{
    QString from;
    QStringList to;
    QByteArray raw; // the DATA as sent, dot-unstuffed
    bool overTls = false;

    QString header(const QByteArray &name) const;
    QString subject() const;
    QString text() const; // lines end in "\n"
};

// A small SMTP relay on 127.0.0.1 for the notification tests, in the test's own event loop:
// EHLO, STARTTLS (real TLS with the given certificate) unless told not to offer it, AUTH PLAIN
// when a login is set (only after STARTTLS), MAIL, RCPT, DATA, RSET, NOOP, QUIT. It records
// every mail and every command with whether it came over TLS.
class SmtpTestRelay : public QTcpServer
{
    Q_OBJECT

public:
    struct Command
    {
        QByteArray verb; // upper case: "EHLO", "MAIL", …
        bool overTls = false;
    };

    SmtpTestRelay(QSslCertificate certificate, QSslKey key, bool offerStartTls = true);

    // AUTH PLAIN is then required before MAIL.
    void requireLogin(const QString &user, const QString &password);
    bool start(); // listens on 127.0.0.1:<free port>

    const QList<ReceivedMail> &mails() const { return m_mails; }
    QList<ReceivedMail> mailsTo(const QString &address) const;
    const QList<Command> &commands() const { return m_commands; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_offerStartTls;
    QString m_user;
    QString m_password;
    QList<ReceivedMail> m_mails;
    QList<Command> m_commands;
};

} // namespace hailong::testing
