#include "period/InstantText.h"

#include "period/CentreDay.h"

#include <QHash>
#include <QTimeZone>

namespace hailong {

namespace {
// Building a QTimeZone for an offset formats its name every time; kiosks use one or two
// offsets. At most 2 * 24 * 60 entries per thread, whatever a client sends.
QTimeZone zoneForOffset(int offsetSeconds)
{
    thread_local QHash<int, QTimeZone> zones;
    auto zone = zones.constFind(offsetSeconds);
    if (zone == zones.cend())
        zone = zones.insert(offsetSeconds, QTimeZone(offsetSeconds));
    return *zone;
}

} // namespace

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitsAt(QStringView text, qsizetype pos, qsizetype count)
{
    if (pos + count > text.size())
        return -1;
    int number = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return -1;
        number = number * 10 + (text[i].unicode() - u'0');
    }
    return number;
}

QStringView withoutFinalNewline(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

std::optional<QDateTime> parseRfc3339(QStringView input)
{
    const QStringView text = withoutFinalNewline(input);
    constexpr qsizetype fractionAt = 19; // after "YYYY-MM-DDThh:mm:ss"
    if (text.size() <= fractionAt || text[4] != u'-' || text[7] != u'-' ||
        (text[10] != u'T' && text[10] != u't') || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    qsizetype pos = fractionAt;
    int msec = 0;
    if (text[pos] == u'.') {
        const qsizetype first = ++pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        const qsizetype digits = pos - first;
        if (digits < 1 || digits > 9)
            return std::nullopt;
        // Kept to the millisecond: finer digits are cut off, not rounded.
        for (qsizetype i = 0; i < 3; ++i)
            msec = msec * 10 + (i < digits ? text[first + i].unicode() - u'0' : 0);
    }
    if (pos >= text.size())
        return std::nullopt;

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z')
        return pos + 1 == text.size() ? std::optional(QDateTime(date, time, Qt::UTC))
                                      : std::nullopt;
    if ((zone != u'+' && zone != u'-') || pos + 6 != text.size() || text[pos + 3] != u':')
        return std::nullopt;
    const int offsetHours = digitsAt(text, pos + 1, 2);
    const int offsetMinutes = digitsAt(text, pos + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59)
        return std::nullopt;
    const int sign = zone == u'-' ? -1 : 1;
    // QTimeZone refuses offsets beyond ±14:00, and so the rating.
    const QDateTime result(date, time,
                           zoneForOffset(sign * (offsetHours * 3600 + offsetMinutes * 60)));
    if (!result.isValid())
        return std::nullopt;
    return result;
}

std::optional<QDateTime> parseCentreLocalTime(QStringView text)
{
    // "YYYY-MM-DD HH:MM" (16 characters) or "YYYY-MM-DD HH:MM:SS" (19).
    if ((text.size() != 16 && text.size() != 19) || text[4] != u'-' || text[7] != u'-' ||
        text[10] != u' ' || text[13] != u':' || (text.size() == 19 && text[16] != u':'))
        return std::nullopt;
    const int second = text.size() == 19 ? digitsAt(text, 17, 2) : 0;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addMSecs(-CentreDay::offsetMs);
}

} // namespace hailong
