#include "rating/CanonicalJsonWriter.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonDocument>
#include <charconv>
#include <limits>

namespace hailong {

namespace {

char lowerHexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *writeUnicodeEscape(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = lowerHexDigit((unit >> 12) & 0xf);
    *cursor++ = lowerHexDigit((unit >> 8) & 0xf);
    *cursor++ = lowerHexDigit((unit >> 4) & 0xf);
    *cursor++ = lowerHexDigit(unit & 0xf);
    return cursor;
}

char *writeEscapedAscii(char *cursor, char16_t unit)
{
    const auto escape = [&cursor](char letter) {
        *cursor++ = '\\';
        *cursor++ = letter;
        return cursor;
    };
    switch (unit) {
    case u'"':
        return escape('"');
    case u'\\':
        return escape('\\');
    case u'\b':
        return escape('b');
    case u'\f':
        return escape('f');
    case u'\n':
        return escape('n');
    case u'\r':
        return escape('r');
    case u'\t':
        return escape('t');
    default:
        break;
    }
    if (unit < 0x20)
        return writeUnicodeEscape(cursor, unit);
    *cursor++ = char(unit);
    return cursor;
}

} // namespace

CanonicalJsonWriter::CanonicalJsonWriter(qsizetype capacity)
{
    m_json.reserve(capacity);
}

void CanonicalJsonWriter::beginObject()
{
    separate();
    m_json.append('{');
}

void CanonicalJsonWriter::endObject()
{
    m_json.append('}');
}

void CanonicalJsonWriter::beginArray()
{
    separate();
    m_json.append('[');
}

void CanonicalJsonWriter::endArray()
{
    m_json.append(']');
}

void CanonicalJsonWriter::key(QLatin1String name)
{
    separate();
    m_json.append('"').append(name.data(), name.size()).append("\":", 2);
}

void CanonicalJsonWriter::key(QStringView name)
{
    separate();
    appendEscaped(name);
    m_json.append(':');
}

void CanonicalJsonWriter::string(QStringView text)
{
    separate();
    appendEscaped(text);
}

void CanonicalJsonWriter::number(qint64 value)
{
    separate();
    char digits[std::numeric_limits<qint64>::digits10 + 3];
    const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
    m_json.append(digits, result.ptr - digits);
}

void CanonicalJsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_json.append("true", 4);
    else
        m_json.append("false", 5);
}

void CanonicalJsonWriter::numbers(const QMap<QString, int> &object)
{
    beginObject();
    for (auto it = object.cbegin(); it != object.cend(); ++it) {
        key(QStringView(it.key()));
        number(it.value());
    }
    endObject();
}

void CanonicalJsonWriter::strings(const QStringList &array)
{
    beginArray();
    for (const QString &text : array)
        string(text);
    endArray();
}

void CanonicalJsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        separate();
        m_json.append("null", 4);
        return;
    default: {
        // Qt's own text for numbers (shortest round-trip doubles) and nested containers.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        separate();
        m_json.append(wrapped.constData() + 1, wrapped.size() - 2);
        return;
    }
    }
}

void CanonicalJsonWriter::separate()
{
    // Every key and value but the first of its container, and a value right after its key,
    // follows one of these; nothing that ends a value or a key's quote does.
    if (m_json.isEmpty())
        return;
    const char last = m_json.back();
    if (last != '{' && last != '[' && last != ':')
        m_json.append(',');
}

void CanonicalJsonWriter::appendEscaped(QStringView text)
{
    // Grow once to the worst case and write through a cursor, as Qt's writer does; the size is
    // cut back to what was written at the end.
    const qsizetype start = m_json.size();
    m_json.resize(start + worstCaseStringBytes(text.size()));
    char *const begin = m_json.data() + start;
    char *cursor = begin;
    *cursor++ = '"';

    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            cursor = writeEscapedAscii(cursor, u);
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t codePoint = QChar::surrogateToUcs4(u, *unit++);
            *cursor++ = char(0xf0 | (codePoint >> 18));
            *cursor++ = char(0x80 | ((codePoint >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((codePoint >> 6) & 0x3f));
            *cursor++ = char(0x80 | (codePoint & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form; Qt escapes it and goes on with the next unit.
            cursor = writeUnicodeEscape(cursor, u);
        }
    }
    *cursor++ = '"';
    m_json.truncate(start + (cursor - begin));
}

} // namespace hailong
