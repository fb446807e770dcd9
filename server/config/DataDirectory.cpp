#include "config/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
