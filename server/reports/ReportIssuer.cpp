#include "ReportIssuer.h"

namespace hailong {

ReportIssuer ReportIssuer::fromCentre(const QJsonObject &centre, const QString &communeName,
                                      ReportLanguage language)
{
    const bool english = language == ReportLanguage::English;
    const QJsonObject report = centre.value(QLatin1String("report")).toObject();
    const auto text = [&report](const char *key, const QString &fallback) {
        const QString value = report.value(QLatin1String(key)).toString().trimmed();
        return value.isEmpty() ? fallback : value;
    };
    // "Xã Tân Hòa" -> "xã Tân Hòa" in "UBND xã Tân Hòa", and "Tân Hòa" as the place.
    QString commune = communeName.trimmed();
    if (!commune.isEmpty())
        commune[0] = commune.at(0).toLower();
    const QString place =
        commune.startsWith(QStringLiteral("xã "))
            ? commune.mid(3)
            : (commune.startsWith(QStringLiteral("phường ")) ? commune.mid(7) : commune);
    ReportIssuer issuer;
    issuer.superior = text(
        "superior",
        (english ? QStringLiteral("People's Committee of ") : QStringLiteral("UBND ")) + commune);
    issuer.body = text("body", english ? QStringLiteral("Public Administrative Service Centre")
                                       : QStringLiteral("Trung tâm Phục vụ hành chính công"));
    issuer.bodyCode = text("body_code", QStringLiteral("TTPVHCC"));
    issuer.place = text("place", place);
    issuer.signerTitle =
        text("signer_title", english ? QStringLiteral("Director") : QStringLiteral("Giám đốc"));
    issuer.signerName = text("signer_name", QString());
    return issuer;
}

} // namespace hailong
