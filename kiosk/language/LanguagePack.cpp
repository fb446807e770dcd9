#include "language/LanguagePack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace hailong {

namespace {

ValidationError invalidPack(const QString &folder, const QString &fault)
{
    return {QStringLiteral("invalid-language-pack"), QStringLiteral("%1: %2").arg(folder, fault)};
}

// Inside the pack's folder only: a manifest must not reach into the rest of the disk.
bool staysInside(const QDir &folder, const QString &relative)
{
    const QString resolved = QDir::cleanPath(folder.absoluteFilePath(relative));
    return !QDir::isAbsolutePath(relative) &&
           resolved.startsWith(folder.absolutePath() + QLatin1Char('/'));
}

} // namespace

Result<LanguagePack> LanguagePack::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return invalidPack(folder, QStringLiteral("no manifest.json"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (!document.isObject())
        return invalidPack(folder, QStringLiteral("manifest.json is not a JSON object (%1)")
                                       .arg(parseError.errorString()));
    const QJsonObject manifest = document.object();

    LanguagePack pack;
    pack.code = manifest.value(QStringLiteral("code")).toString();
    pack.name = manifest.value(QStringLiteral("name")).toString();
    pack.nativeName = manifest.value(QStringLiteral("native_name")).toString();
    const QString qm = manifest.value(QStringLiteral("qm")).toString();
    const QString audio = manifest.value(QStringLiteral("audio")).toString();

    static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (!codePattern.match(pack.code).hasMatch())
        return invalidPack(folder, QStringLiteral("\"code\" must be a language code like \"km\""));
    if (pack.code == QStringLiteral("vi") || pack.code == QStringLiteral("en"))
        return invalidPack(folder, QStringLiteral("vi and en are built in"));
    if (pack.nativeName.trimmed().isEmpty())
        return invalidPack(folder, QStringLiteral("\"native_name\" is needed for the switch"));
    if (pack.name.trimmed().isEmpty())
        pack.name = pack.nativeName;
    if (qm.isEmpty() || !staysInside(dir, qm) || !QFileInfo(dir.filePath(qm)).isFile())
        return invalidPack(folder, QStringLiteral("\"qm\" must name a .qm file in the folder"));
    pack.qmFile = QDir::cleanPath(dir.absoluteFilePath(qm));
    if (!audio.isEmpty()) {
        if (!staysInside(dir, audio))
            return invalidPack(folder, QStringLiteral("\"audio\" must be a folder inside"));
        pack.audioDir = QDir::cleanPath(dir.absoluteFilePath(audio));
    }
    return pack;
}

LanguagePack::Found LanguagePack::findAll(const QString &languagesDir)
{
    Found found;
    const QDir root(languagesDir);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        auto pack = fromFolder(root.filePath(name));
        if (!pack) {
            found.problems.append(pack.error().message);
            continue;
        }
        const bool duplicate =
            std::any_of(found.packs.cbegin(), found.packs.cend(),
                        [&pack](const LanguagePack &p) { return p.code == pack.value().code; });
        if (duplicate) {
            found.problems.append(QStringLiteral("%1: a pack for %2 was already found")
                                      .arg(root.filePath(name), pack.value().code));
            continue;
        }
        found.packs.append(std::move(pack).value());
    }
    return found;
}

} // namespace hailong
