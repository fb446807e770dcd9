#include "services/ReportIssuerSettings.h"

#include "config/DataDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace hailong {

namespace {

const QString kReport = QStringLiteral("report");
// Each key and the longest text it takes: a name or a title fits a line of the document's head.
const QList<QPair<QString, int>> kKeys = {
    {QStringLiteral("superior"), 120},    {QStringLiteral("body"), 120},
    {QStringLiteral("body_code"), 20},    {QStringLiteral("place"), 60},
    {QStringLiteral("signer_title"), 80}, {QStringLiteral("signer_name"), 80}};

ValidationError invalid(const QString &message)
{
    return {QStringLiteral("invalid-settings"), message};
}

} // namespace

ReportIssuerSettings::ReportIssuerSettings(Storage &storage, QString centrePath,
                                           QString communeName)
    : m_storage(storage)
    , m_centrePath(std::move(centrePath))
    , m_communeName(std::move(communeName))
{}

Result<QJsonObject> ReportIssuerSettings::readCentre() const
{
    QFile file(m_centrePath);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{QStringLiteral("settings-unwritable"), file.errorString()};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    // An update must never replace an operator's file that it could not read.
    if (!json.isObject())
        return ValidationError{QStringLiteral("settings-unwritable"),
                               QStringLiteral("centre.json is not a JSON object")};
    return json.object();
}

QJsonObject ReportIssuerSettings::centreOrNothing() const
{
    const Result<QJsonObject> centre = readCentre();
    return centre ? centre.value() : QJsonObject();
}

ReportIssuer ReportIssuerSettings::issuer(ReportLanguage language) const
{
    return ReportIssuer::fromCentre(centreOrNothing(), m_communeName, language);
}

QJsonObject ReportIssuerSettings::toJson() const
{
    const QJsonObject set = centreOrNothing().value(kReport).toObject();
    const ReportIssuer defaults =
        ReportIssuer::fromCentre({}, m_communeName, ReportLanguage::Vietnamese);
    QJsonObject json{{QStringLiteral("defaults"),
                      QJsonObject{{QStringLiteral("superior"), defaults.superior},
                                  {QStringLiteral("body"), defaults.body},
                                  {QStringLiteral("body_code"), defaults.bodyCode},
                                  {QStringLiteral("place"), defaults.place},
                                  {QStringLiteral("signer_title"), defaults.signerTitle},
                                  {QStringLiteral("signer_name"), defaults.signerName}}}};
    for (const auto &[key, longest] : kKeys)
        json.insert(key, set.value(key).toString().trimmed());
    return json;
}

Result<QJsonObject> ReportIssuerSettings::update(const QJsonObject &settings, const Actor &actor)
{
    QJsonObject report;
    QStringList known;
    for (const auto &[key, longest] : kKeys)
        known << key;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return invalid(QStringLiteral("unknown setting \"%1\"").arg(it.key()));
    }
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1F\\x7F]"));
    static const QRegularExpression code(QStringLiteral("^[\\p{L}\\p{N}-]*$"));
    for (const auto &[key, longest] : kKeys) {
        const QJsonValue value = settings.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return invalid(QStringLiteral("\"%1\" must be text").arg(key));
        const QString text = value.toString().trimmed();
        if (text.size() > longest)
            return invalid(
                QStringLiteral("\"%1\" is longer than %2 characters").arg(key).arg(longest));
        if (text.contains(control))
            return invalid(QStringLiteral("\"%1\" must be one line").arg(key));
        if (key == QLatin1String("body_code") && !code.match(text).hasMatch())
            return invalid(QStringLiteral("\"body_code\" takes letters, digits and '-' only"));
        if (!text.isEmpty())
            report.insert(key, text);
    }
    Result<QJsonObject> centre = readCentre();
    if (!centre)
        return centre.error();
    QJsonObject updated = centre.value();
    updated.insert(kReport, report);
    const Result<bool> written =
        DataDirectory::writeFile(m_centrePath, QJsonDocument(updated).toJson());
    if (!written)
        return ValidationError{QStringLiteral("settings-unwritable"), written.error().message};
    m_storage.audit(QStringLiteral("report-settings"), actor.user,
                    QStringList(report.keys()).join(QLatin1Char(',')), actor.address);
    return toJson();
}

} // namespace hailong
