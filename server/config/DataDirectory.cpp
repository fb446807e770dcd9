#include "config/DataDirectory.h"

#include "crypto/SecretDigest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sys/stat.h>

namespace hailong {

DataDirectory::DataDirectory(const QString &path)
    : m_path(QDir(path).absolutePath())
{}

QString DataDirectory::file(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QString DataDirectory::databasePath() const
{
    return file(QStringLiteral("hailong.db"));
}
QString DataDirectory::caCertificatePath() const
{
    return file(QStringLiteral("ca.pem"));
}
QString DataDirectory::importedCentresPath() const
{
    return file(QStringLiteral("centres"));
}
QString DataDirectory::importedCaPath(const QString &centreId) const
{
    return QDir(importedCentresPath()).filePath(centreId + QStringLiteral("/ca.pem"));
}
QString DataDirectory::serverChainPath() const
{
    return file(QStringLiteral("server-chain.pem"));
}
QString DataDirectory::caKeyPath() const
{
    return file(QStringLiteral("ca-key.pem"));
}
QString DataDirectory::serverCertificatePath() const
{
    return file(QStringLiteral("server.pem"));
}
QString DataDirectory::serverKeyPath() const
{
    return file(QStringLiteral("server-key.pem"));
}
QString DataDirectory::secretKeyPath() const
{
    return file(QStringLiteral("secret.key"));
}
QString DataDirectory::linkKeyPath() const
{
    return file(QStringLiteral("link.key"));
}
QString DataDirectory::indicatorsPath() const
{
    return file(QStringLiteral("indicators.json"));
}
QString DataDirectory::centrePath() const
{
    return file(QStringLiteral("centre.json"));
}
QString DataDirectory::surveysPath() const
{
    return file(QStringLiteral("surveys"));
}

Result<QByteArray> DataDirectory::readSecretKey() const
{
    QFile keyFile(secretKeyPath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return ValidationError{
            QStringLiteral("missing-secret"),
            QStringLiteral("cannot read %1: run `hailong-server init` first").arg(secretKeyPath())};
    const QByteArray key = QByteArray::fromBase64(keyFile.readAll().trimmed());
    if (key.size() < 32)
        return ValidationError{QStringLiteral("missing-secret"),
                               QStringLiteral("%1 holds no usable key").arg(secretKeyPath())};
    return key;
}

Result<QByteArray> DataDirectory::readOrCreateLinkKey() const
{
    QFile created(linkKeyPath());
    // NewOnly: of two processes making it at once, one writes and the other reads its key.
    if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QByteArray key = RandomToken::generateBytes(32);
        if (created.write(key.toBase64() + '\n') < 0 || !created.flush())
            return ValidationError{QStringLiteral("io"),
                                   QStringLiteral("cannot write %1").arg(linkKeyPath())};
        return key;
    }
    QFile existing(linkKeyPath());
    const QByteArray key = existing.open(QIODevice::ReadOnly)
                               ? QByteArray::fromBase64(existing.readAll().trimmed())
                               : QByteArray();
    if (key.size() < 32)
        return ValidationError{QStringLiteral("io"),
                               QStringLiteral("cannot read a key from %1").arg(linkKeyPath())};
    return key;
}

Result<QList<IndicatorDefinition>> DataDirectory::readIndicators() const
{
    QFile indicators(indicatorsPath());
    if (!indicators.exists())
        return IndicatorDefinition::defaults();
    if (!indicators.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("invalid-indicators"),
                               QStringLiteral("cannot read %1").arg(indicatorsPath())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(indicators.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ValidationError{
            QStringLiteral("invalid-indicators"),
            QStringLiteral("%1: %2").arg(indicatorsPath(), parseError.errorString())};
    const QJsonArray list = document.isArray()
                                ? document.array()
                                : document.object().value(QLatin1String("indicators")).toArray();
    return IndicatorDefinition::listFromJson(list);
}

QJsonObject DataDirectory::centreJson() const
{
    QFile centre(centrePath());
    if (!centre.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(centre.readAll()).object();
}

QString DataDirectory::centreName() const
{
    QFile centre(centrePath());
    if (centre.open(QIODevice::ReadOnly)) {
        const QString name = QJsonDocument::fromJson(centre.readAll())
                                 .object()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("Xã Hài Lòng");
}

Result<bool> DataDirectory::keepPrivate() const
{
    ::umask(S_IRWXG | S_IRWXO);
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto restrict = [&others](const QFileInfo &entry) {
        // Only what others can reach is changed: a file already private (even one another
        // user owns, like the packaged init.txt) is left alone.
        if (!(entry.permissions() & others))
            return true;
        return QFile::setPermissions(
            entry.filePath(),
            entry.isDir() ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    };
    if (!restrict(QFileInfo(m_path)))
        return ValidationError{QStringLiteral("io"),
                               QStringLiteral("cannot make %1 private to its owner").arg(m_path)};
    QDirIterator entries(m_path,
                         QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        entries.next();
        const QFileInfo entry = entries.fileInfo();
        if (!entry.isSymLink() && !restrict(entry))
            return ValidationError{
                QStringLiteral("io"),
                QStringLiteral("cannot make %1 private to its owner").arg(entry.filePath())};
    }
    return true;
}

Result<bool> DataDirectory::writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile out(path);
    // Created with owner-only permissions, so the key is never readable by others even briefly.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(data) != data.size() ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ValidationError{QStringLiteral("io"),
                               QStringLiteral("cannot write %1: %2").arg(path, out.errorString())};
    return true;
}

Result<bool> DataDirectory::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return ValidationError{QStringLiteral("io"),
                               QStringLiteral("cannot write %1: %2").arg(path, out.errorString())};
    return true;
}

} // namespace hailong
