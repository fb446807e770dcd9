#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hailong {

// A language a centre adds without rebuilding the kiosk: a folder <data>/languages/<code>/
// holding manifest.json, a Qt .qm catalogue and recorded prompts (kiosk/LANGUAGE-PACKS.md).
//   {"code": "km", "name": "Khmer", "native_name": "ភាសាខ្មែរ",
//    "qm": "hailong-kiosk_km.qm", "audio": "audio/"}
struct LanguagePack
{
    QString code;
    QString name;
    QString nativeName;
    QString qmFile;   // absolute path
    QString audioDir; // absolute path; may be missing, then a synthetic voice speaks

    // Errors: "invalid-language-pack" naming the folder and the fault.
    static Result<LanguagePack> fromFolder(const QString &folder);

    struct Found
    {
        QList<LanguagePack> packs;
        QStringList problems; // one line per folder that was not taken, for the log
    };
    // Every pack under `languagesDir`, sorted by code; a missing folder means none.
    static Found findAll(const QString &languagesDir);
};

} // namespace hailong
