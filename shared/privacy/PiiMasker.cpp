#include "privacy/PiiMasker.h"

#include <QList>
#include <QRegularExpression>

namespace hailong {

namespace {

constexpr int maxNumberDigits = 12;

struct DigitGroup
{
    qsizetype start = 0;
    qsizetype length = 0;
};

bool isPhone(const QString &digits, bool plusSign)
{
    if (plusSign)
        return digits.startsWith(QLatin1String("84")) &&
               (digits.size() == 11 || (digits.size() == 12 && digits.at(2) == u'0'));
    if (digits.startsWith(QLatin1Char('0')))
        return digits.size() == 10 || digits.size() == 11;
    return digits.startsWith(QLatin1String("84")) && digits.size() == 11;
}

// CMND (9 digits) and CCCD (12 digits). A 12-digit number is masked however it is grouped:
// an ID is worth more than a readable amount. Nine digits grouped with dots stay, since that
// is how amounts such as "150.000.000 đồng" are written.
bool isIdNumber(const QString &digits, bool singleGroup, bool dotted)
{
    return digits.size() == 12 || (digits.size() == 9 && (singleGroup || !dotted));
}

void maskGroups(QString &text, const QList<DigitGroup> &groups, qsizetype first, qsizetype last)
{
    for (qsizetype k = first; k <= last; ++k)
        text.replace(groups.at(k).start, groups.at(k).length,
                     QString(groups.at(k).length, QLatin1Char('*')));
}

// Masks the numbers inside one run of digit groups joined by single separators. Groups
// after the first must have two digits or more, so a stray "quầy 3" is never swallowed.
void maskRun(QString &text, const QList<DigitGroup> &groups, bool plusSign)
{
    qsizetype first = 0;
    while (first < groups.size()) {
        qsizetype matchedLast = -1;
        for (qsizetype last = groups.size() - 1; last >= first && matchedLast < 0; --last) {
            QString digits;
            bool joinable = true;
            bool dotted = false;
            for (qsizetype k = first; k <= last && joinable; ++k) {
                joinable = (k == first || groups.at(k).length >= 2) &&
                           digits.size() + groups.at(k).length <= maxNumberDigits;
                digits += text.mid(groups.at(k).start, groups.at(k).length);
                if (k > first)
                    dotted = dotted || text.at(groups.at(k).start - 1) == u'.';
            }
            if (!joinable)
                continue;
            if (isPhone(digits, plusSign && first == 0) ||
                isIdNumber(digits, first == last, dotted))
                matchedLast = last;
        }
        if (matchedLast >= 0) {
            maskGroups(text, groups, first, matchedLast);
            first = matchedLast + 1;
        } else {
            ++first;
        }
    }
}

} // namespace

QString PiiMasker::mask(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("\\+?\\d+(?:[ .\\-]\\d+)*"));
    static const QRegularExpression group(QStringLiteral("\\d+"));

    QString masked = text;
    auto runs = run.globalMatch(text);
    while (runs.hasNext()) {
        const QRegularExpressionMatch match = runs.next();
        QList<DigitGroup> groups;
        auto digits = group.globalMatch(match.captured());
        while (digits.hasNext()) {
            const QRegularExpressionMatch d = digits.next();
            groups.append({match.capturedStart() + d.capturedStart(), d.capturedLength()});
        }
        maskRun(masked, groups, match.captured().startsWith(QLatin1Char('+')));
    }
    return masked;
}

} // namespace hailong
