// libFuzzer target: the bytes a connection sends, as the connection guard reads each request
// head (RequestHeadReader). Besides not crashing:
// - a head is never complete, nor refused, before its blank line has arrived: every shorter
//   cut of an accepted head reads as incomplete, and any longer one as the same head;
// - what is accepted is what QtHttpServer must read alike: a known method, a path starting with
//   '/' without dot or empty segments, unique header names, a bounded Content-Length;
// - an accepted head written out again reads back as the same head.
#include "http/RequestHead.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

using hailong::RequestHead;
using hailong::RequestHeadReader;

namespace {
const RequestHeadReader reader({4096, 1024 * 1024, 64});

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

bool sameHead(const RequestHead &a, const RequestHead &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path &&
           a.headers == b.headers && a.contentLength == b.contentLength;
}

QByteArray written(const RequestHead &head)
{
    QByteArray text =
        head.method + ' ' + head.target + (head.has("host") ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n");
    for (const auto &[name, value] : head.headers)
        text += name + ": " + value + "\r\n";
    return text + "\r\n";
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RequestHeadReader::Reading reading = reader.read(bytes);
    if (reading.progress != RequestHeadReader::Progress::Complete)
        return 0;

    const RequestHead &head = reading.head;
    check(reading.length > 0 && reading.length <= bytes.size());
    for (const qsizetype cut : {qsizetype(0), reading.length / 2, reading.length - 1})
        check(reader.read(bytes.first(cut)).progress == RequestHeadReader::Progress::Incomplete);
    const RequestHeadReader::Reading longer = reader.read(bytes + "GET / HTTP/1.1\r\n");
    check(longer.progress == RequestHeadReader::Progress::Complete &&
          longer.length == reading.length && sameHead(longer.head, head));

    check(head.path.startsWith(QLatin1Char('/')) && head.target.startsWith('/'));
    const QByteArray rawPath = head.target.left(head.target.indexOf('?'));
    check(!rawPath.contains("//") && !rawPath.contains("/./") && !rawPath.contains("/../") &&
          !rawPath.endsWith("/.") && !rawPath.endsWith("/.."));
    check(head.contentLength >= 0 && head.contentLength <= 1024 * 1024);
    QSet<QByteArray> names;
    for (const auto &header : head.headers) {
        check(!names.contains(header.first.toLower()));
        names.insert(header.first.toLower());
    }
    check(!names.contains("transfer-encoding"));

    const RequestHeadReader::Reading again = reader.read(written(head));
    check(again.progress == RequestHeadReader::Progress::Complete && sameHead(again.head, head));
    return 0;
}
