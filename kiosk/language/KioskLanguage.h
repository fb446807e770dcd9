#pragma once

#include <QList>
#include <QString>

namespace hailong {

// A language a citizen can pick on the kiosk, named in itself so that no one needs another
// language to find their own.
struct KioskLanguage
{
    QString code;       // "vi", "en", or a language pack's code
    QString nativeName; // "Tiếng Việt", "English", …

    static QList<KioskLanguage> builtIn()
    {
        return {{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                {QStringLiteral("en"), QStringLiteral("English")}};
    }
};

} // namespace hailong
