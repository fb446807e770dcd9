#include "VietnameseFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace hailong {

Result<QString> vietnameseFontFamily()
{
    // Debian's fonts-liberation2 has a Times New Roman-like serif with every Vietnamese glyph.
    const QStringList preferred = {QStringLiteral("Liberation Serif"),
                                   QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif")};
    for (const QString &family : preferred) {
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Vietnamese))
            return family;
    }
    const QStringList all = QFontDatabase::families(QFontDatabase::Vietnamese);
    if (!all.isEmpty())
        return all.first();
    return ValidationError{QStringLiteral("report-failed"),
                           QStringLiteral("no font with Vietnamese glyphs is installed "
                                          "(install fonts-liberation2)")};
}

} // namespace hailong
