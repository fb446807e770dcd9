#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace hailong {

// One request head as the connection guard read it — and, because the reader refuses every head
// it could read otherwise, as QtHttpServer 6.4 reads it too.
struct RequestHead
{
    QByteArray method;
    QByteArray target; // as sent: an origin-form path with an optional query
    QString path;      // the target's path, percent-decoded: what QtHttpServer routes on
    QList<QPair<QByteArray, QByteArray>> headers; // in order; names as sent, values trimmed
    qint64 contentLength = 0;

    // The value of a header, its name compared case-insensitively; empty when absent.
    QByteArray value(QByteArrayView name) const;
    bool has(QByteArrayView name) const;
};

// Why a head was refused: the status it is answered with, and the JSON error.
struct HeadRefusal
{
    int status = 400;
    QString code;
    QString message;
};

// Finds and reads the request heads a connection sends, strictly, so that nothing the guard
// admits can mean something else to QtHttpServer. QtHttpServer 6.4 accepts a bare LF as a line
// end, joins folded (obs-fold) lines to the one before, drops every header when one name has a
// space or an odd byte, takes the first of two Content-Lengths but joins two Authorizations
// with ", ", routes on the percent-decoded path and on the path of an absolute or "//host"
// target, and decodes chunked bodies. So a head is refused unless:
// - every line ends in CRLF, and none is folded;
// - the request line is METHOD SP TARGET SP HTTP/1.x, with a method QtHttpServer knows;
// - the target is a path (and query) of URI characters whose escapes are valid and decode to
//   UTF-8 without control bytes; the path has no escaped letter, digit, '-._~' or '/', no "."
//   or ".." segment and no empty segment (a trailing '/' aside);
// - each header name is an RFC 9110 token, appears once, and each value has no control byte;
// - there is a Host (HTTP/1.1), no Transfer-Encoding, no Upgrade, and Content-Length, if any,
//   is digits only.
class RequestHeadReader
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 32 * 1024; // request line and headers, blank line included
        qint64 maxBodyBytes = 1024 * 1024;
        int maxFields = 64; // QtHttpServer gives up on more than 100
    };

    enum class Progress { Incomplete, Complete, Refused };

    struct Reading
    {
        Progress progress = Progress::Incomplete;
        RequestHead head;     // when Complete
        qsizetype length = 0; // when Complete: bytes up to and including the blank line
        HeadRefusal refusal;  // when Refused
    };

    explicit RequestHeadReader(Limits limits);

    // `bytes` are what the connection sent since its previous request ended (empty lines
    // before a request line are skipped). Incomplete until the blank line that ends the head
    // has arrived — but a byte that could let QtHttpServer see the head end earlier (a bare
    // LF or CR) is refused as soon as it arrives.
    Reading read(QByteArrayView bytes) const;

private:
    Limits m_limits;
};

} // namespace hailong
