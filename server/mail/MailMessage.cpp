#include "mail/MailMessage.h"

#include <QLocale>
#include <QUuid>

namespace hailong {

namespace {
// RFC 2047 encoded words of at most 75 characters, split between whole UTF-8 characters.
QByteArray encodedWords(const QString &text)
{
    constexpr qsizetype maxChunkBytes = 45; // 60 base64 characters, within 75 with the markers
    QByteArray words;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!words.isEmpty())
            words += "\r\n ";
        words += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString character(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            character += text.at(++i);
        const QByteArray bytes = character.toUtf8();
        if (chunk.size() + bytes.size() > maxChunkBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        lines += encoded.mid(at, 76) + "\r\n";
    return lines;
}

QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}
} // namespace

QByteArray MailMessage::mime(const QString &from, const QDateTime &date) const
{
    const QString domain = from.mid(from.lastIndexOf(QLatin1Char('@')) + 1);
    QString normalised = body;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QByteArray message;
    message += "From: " + encodedWords(QStringLiteral("Hài Lòng")) + " <" + from.toUtf8() + ">\r\n";
    message += "To: <" + to.toUtf8() + ">\r\n";
    message += "Subject: " + encodedWords(subject) + "\r\n";
    message += "Date: " + rfc5322Date(date) + "\r\n";
    message += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" +
               domain.toUtf8() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: base64\r\n";
    message += "Auto-Submitted: auto-generated\r\n";
    message += "\r\n";
    message += base64Lines(normalised.toUtf8());
    return message;
}

} // namespace hailong
