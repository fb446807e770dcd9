#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hailong {

// One plain-text e-mail to one recipient (each staff member gets their own copy, so no one
// sees another's address), in UTF-8.
struct MailMessage
{
    QString to;
    QString subject;
    QString body;

    // The whole message as sent after DATA: From, To, Subject (RFC 2047 encoded), Date
    // (RFC 5322), Message-ID, MIME-Version and a base64 UTF-8 text/plain body, CRLF lines.
    QByteArray mime(const QString &from, const QDateTime &date) const;
};

} // namespace hailong
