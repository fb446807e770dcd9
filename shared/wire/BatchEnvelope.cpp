#include "wire/BatchEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hailong {

namespace {

ValidationError fault(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
// truncated sequences. QJsonDocument replaces some invalid bytes silently, which would
// store text the kiosk never sent.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // overlong
            else if (lead == 0xed)
                high = 0x9f; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90; // overlong
            else if (lead == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        if (data[i + 1] < low || data[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xbf)
                return false;
        }
        i += length;
    }
    return true;
}

} // namespace

Result<QJsonArray> BatchEnvelope::parse(const QByteArray &body, const QString &key, int maxEntries,
                                        qint64 maxBodyBytes)
{
    if (body.size() > maxBodyBytes)
        return fault("too-large", QStringLiteral("the body is over %1 bytes").arg(maxBodyBytes));
    if (!isValidUtf8(body))
        return fault("malformed-json", QStringLiteral("the body is not valid UTF-8"));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fault("malformed-json", QStringLiteral("the body is not JSON: %1 at byte %2")
                                           .arg(error.errorString())
                                           .arg(error.offset));
    if (!document.isObject())
        return fault("not-an-object", QStringLiteral("the body must be a JSON object"));

    const QJsonValue entries = document.object().value(key);
    if (entries.isUndefined())
        return ValidationError{QStringLiteral("missing-") + key,
                               QStringLiteral("the body needs a \"%1\" array").arg(key)};
    if (!entries.isArray())
        return fault("wrong-type", QStringLiteral("\"%1\" must be an array").arg(key));
    const QJsonArray array = entries.toArray();
    if (array.isEmpty())
        return fault("empty-batch", QStringLiteral("\"%1\" is empty").arg(key));
    if (array.size() > maxEntries)
        return fault("batch-too-large",
                     QStringLiteral("\"%1\" holds more than %2 entries").arg(key).arg(maxEntries));
    return array;
}

} // namespace hailong
