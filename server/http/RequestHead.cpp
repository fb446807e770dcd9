#include "http/RequestHead.h"

#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <optional>

namespace hailong {

namespace {
constexpr QByteArrayView crlf("\r\n");
constexpr QByteArrayView headEnd("\r\n\r\n");

// The methods QtHttpServer 6.4 maps to one of its own; any other reaches the routes as
// "Unknown".
constexpr std::array<QByteArrayView, 7> knownMethods = {"GET",    "HEAD",  "POST",   "PUT",
                                                        "DELETE", "PATCH", "OPTIONS"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isUnreserved(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// RFC 9110 tchar: what a header name and a method are made of.
bool isTokenChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// RFC 3986: what a path and query may hold besides percent escapes.
bool isTargetChar(char c)
{
    return isUnreserved(c) || QByteArrayView("!$&'()*+,;=:@/?").contains(c);
}

// RFC 9110 field-value bytes: visible ASCII, space, tab and obs-text.
bool isValueByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

bool isControl(unsigned char byte)
{
    return byte < 0x20 || byte == 0x7f;
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArrayView trimmedBlanks(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
        value = value.sliced(1);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t'))
        value.chop(1);
    return value;
}

HeadRefusal badRequest(const QString &why)
{
    return {400, QStringLiteral("bad-request"),
            QStringLiteral("Yêu cầu HTTP không hợp lệ / malformed request: ") + why};
}

HeadRefusal headersTooLarge()
{
    return {431, QStringLiteral("headers-too-large"),
            QStringLiteral("request headers are too large")};
}

// A bare LF or a CR not followed by LF in `bytes`; a CR as the very last byte may still be
// followed by its LF.
std::optional<HeadRefusal> strayLineBreak(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return badRequest(QStringLiteral("a line ends in LF without CR"));
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] != '\n')
            return badRequest(QStringLiteral("a CR is not followed by LF"));
    }
    return std::nullopt;
}

// The path of an origin-form target, percent-decoded, or why it cannot be read as QtHttpServer
// reads it.
struct DecodedTarget
{
    QString path;
    std::optional<HeadRefusal> refusal;
};

DecodedTarget decodeTarget(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return {{}, badRequest(QStringLiteral("the target must be a path starting with '/'"))};
    const qsizetype queryStart = target.indexOf('?');
    const qsizetype pathEnd = queryStart < 0 ? target.size() : queryStart;
    QByteArray decodedPath;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        const bool inPath = i < pathEnd;
        if (c != '%') {
            if (!isTargetChar(c))
                return {{},
                        badRequest(QStringLiteral("the target holds a character URIs do "
                                                  "not allow (space, '#', '\\', …)"))};
            if (inPath)
                decodedPath.append(c);
            continue;
        }
        const int high = i + 2 < target.size() ? hexValue(target[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(target[i + 2]) : -1;
        if (low < 0)
            return {{},
                    badRequest(QStringLiteral("a '%' in the target is not followed by two "
                                              "hex digits"))};
        const auto byte = static_cast<unsigned char>(high * 16 + low);
        if (isControl(byte))
            return {{}, badRequest(QStringLiteral("the target encodes a control character"))};
        if (inPath && (isUnreserved(char(byte)) || byte == '/'))
            return {{},
                    badRequest(QStringLiteral("the path encodes a letter, digit, '-._~' or "
                                              "'/' that must be written as it is"))};
        if (inPath)
            decodedPath.append(char(byte));
        i += 2;
    }
    const QByteArrayView raw = target.first(pathEnd);
    for (qsizetype start = 1; start <= raw.size();) {
        qsizetype end = raw.indexOf('/', start);
        if (end < 0)
            end = raw.size();
        const QByteArrayView segment = raw.sliced(start, end - start);
        if (segment == "." || segment == "..")
            return {{}, badRequest(QStringLiteral("the path has a '.' or '..' segment"))};
        if (segment.isEmpty() && end < raw.size())
            return {{}, badRequest(QStringLiteral("the path has an empty segment ('//')"))};
        start = end + 1;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString path = utf8.decode(decodedPath);
    if (utf8.hasError())
        return {{}, badRequest(QStringLiteral("the path's escapes are not UTF-8"))};
    return {path, std::nullopt};
}

bool isHostChar(char c)
{
    return isUnreserved(c) || c == ':' || c == '[' || c == ']';
}
} // namespace

QByteArray RequestHead::value(QByteArrayView name) const
{
    for (const auto &[field, value] : headers)
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool RequestHead::has(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

RequestHeadReader::RequestHeadReader(Limits limits)
    : m_limits(limits)
{}

RequestHeadReader::Reading RequestHeadReader::read(QByteArrayView bytes) const
{
    Reading reading;
    const auto refuse = [&reading](HeadRefusal refusal) {
        reading.progress = Progress::Refused;
        reading.refusal = std::move(refusal);
        return reading;
    };

    // Empty lines before the request line are allowed (RFC 9112 §2.2) and skipped.
    qsizetype start = 0;
    while (bytes.sliced(start).startsWith(crlf))
        start += crlf.size();
    const qsizetype end = bytes.indexOf(headEnd, start);
    // The skipped lines count too: nobody sends a head of empty lines.
    const qsizetype headSize = end < 0 ? bytes.size() : end + headEnd.size();
    if (headSize > m_limits.maxHeadBytes)
        return refuse(headersTooLarge());
    if (const std::optional<HeadRefusal> stray =
            strayLineBreak(bytes.sliced(start, headSize - start)))
        return refuse(*stray);
    if (end < 0)
        return reading;

    RequestHead &head = reading.head;
    QByteArrayView lines = bytes.sliced(start, end + crlf.size() - start);
    const auto nextLine = [&lines] {
        const qsizetype lineEnd = lines.indexOf(crlf);
        const QByteArrayView line = lines.first(lineEnd);
        lines = lines.sliced(lineEnd + crlf.size());
        return line;
    };

    // METHOD SP TARGET SP HTTP/1.x, single spaces: QtHttpServer takes runs of spaces and ignores
    // what follows the version.
    const QByteArrayView requestLine = nextLine();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : requestLine.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || requestLine.indexOf(' ', secondSpace + 1) >= 0)
        return refuse(badRequest(QStringLiteral("the request line is not METHOD TARGET VERSION")));
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(secondSpace + 1);
    if (std::find(knownMethods.cbegin(), knownMethods.cend(), method) == knownMethods.cend())
        return refuse(badRequest(QStringLiteral("unknown method")));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(badRequest(QStringLiteral("only HTTP/1.1 and HTTP/1.0 are spoken")));
    DecodedTarget decoded = decodeTarget(target);
    if (decoded.refusal)
        return refuse(*decoded.refusal);
    head.method = method.toByteArray();
    head.target = target.toByteArray();
    head.path = std::move(decoded.path);

    while (!lines.isEmpty()) {
        const QByteArrayView line = nextLine();
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(badRequest(QStringLiteral("a header line is folded onto the next")));
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return refuse(badRequest(QStringLiteral("a header line has no ':'")));
        const QByteArrayView name = line.first(colon);
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar))
            return refuse(badRequest(QStringLiteral("a header name holds a space or a character "
                                                    "names may not")));
        const QByteArrayView value = trimmedBlanks(line.sliced(colon + 1));
        if (!std::all_of(value.begin(), value.end(), isValueByte))
            return refuse(badRequest(QStringLiteral("a header value holds a control character")));
        if (head.has(name))
            return refuse(badRequest(
                QStringLiteral("the header %1 appears twice").arg(QString::fromLatin1(name))));
        if (head.headers.size() >= m_limits.maxFields)
            return refuse(headersTooLarge());
        head.headers.append({name.toByteArray(), value.toByteArray()});
    }

    if (head.has("transfer-encoding"))
        return refuse(badRequest(QStringLiteral("Transfer-Encoding is not accepted: send the body "
                                                "with a Content-Length")));
    if (head.has("upgrade") || head.value("connection").toLower().contains("upgrade"))
        return refuse(badRequest(QStringLiteral("protocol upgrades are not offered")));
    if (version == "HTTP/1.1" && !head.has("host"))
        return refuse(badRequest(QStringLiteral("HTTP/1.1 needs a Host header")));
    const QByteArray host = head.value("host");
    if (head.has("host") &&
        (host.isEmpty() || !std::all_of(host.cbegin(), host.cend(), isHostChar)))
        return refuse(badRequest(QStringLiteral("the Host header is not a host name or address")));
    if (head.has("content-length")) {
        const QByteArray length = head.value("content-length");
        if (length.isEmpty() || !std::all_of(length.cbegin(), length.cend(), isDigit))
            return refuse(badRequest(QStringLiteral("invalid Content-Length")));
        // Compared digit by digit first, so no length overflows.
        const QByteArray cap = QByteArray::number(m_limits.maxBodyBytes);
        qsizetype significant = 0;
        while (significant < length.size() - 1 && length[significant] == '0')
            ++significant;
        const QByteArrayView digits = QByteArrayView(length).sliced(significant);
        if (digits.size() > cap.size() || (digits.size() == cap.size() && digits.compare(cap) > 0))
            return refuse(
                {413, QStringLiteral("too-large"),
                 QStringLiteral("the request body is over %1 bytes").arg(m_limits.maxBodyBytes)});
        head.contentLength = digits.toLongLong();
    }
    reading.progress = Progress::Complete;
    reading.length = end + headEnd.size();
    return reading;
}

} // namespace hailong
