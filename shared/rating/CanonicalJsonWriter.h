#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QMap>
#include <QStringList>
#include <QStringView>
#include <utility>

namespace hailong {

// Writes compact JSON straight into one buffer, byte for byte as Qt 6.4's
// QJsonDocument::toJson(QJsonDocument::Compact) writes the same values: strings escaped like its
// writer (lower-case hex, UTF-8 otherwise, a lone surrogate as \uXXXX), integers in decimal.
// It does not sort: the caller writes an object's keys in QJsonObject's order (UTF-16 code units),
// which is why fingerprints made before and after this writer existed stay equal.
class CanonicalJsonWriter
{
public:
    // Reserves the buffer once; enough for the whole text (see worstCaseStringBytes) means no
    // reallocation, less only means the buffer grows.
    explicit CanonicalJsonWriter(qsizetype capacity);

    // The most bytes a string of this many UTF-16 code units can take, quotes included.
    static constexpr qsizetype worstCaseStringBytes(qsizetype codeUnits)
    {
        return 6 * codeUnits + 2;
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // A key the program spells itself: printable ASCII without '"' or '\\', written as is.
    void key(QLatin1String name);
    void key(QStringView name);

    void string(QStringView text);
    void number(qint64 value);
    void boolean(bool value);
    // An object of whole numbers, keys in QMap's order (which is QJsonObject's).
    void numbers(const QMap<QString, int> &object);
    // An array of strings.
    void strings(const QStringList &array);
    // Any JSON value; numbers, arrays and objects as QJsonDocument writes them.
    void value(const QJsonValue &value);

    QByteArray take() { return std::move(m_json); }

private:
    void separate();
    void appendEscaped(QStringView text);

    QByteArray m_json;
};

} // namespace hailong
