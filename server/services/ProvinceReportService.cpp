#include "services/ProvinceReportService.h"

namespace hailong {

ProvinceReportService::ProvinceReportService(Storage &storage, CentreComparison &centres,
                                             QString issuerName)
    : m_storage(storage)
    , m_centres(centres)
    , m_issuerName(std::move(issuerName))
{}

Result<ExportedReport> ProvinceReportService::exportReport(const Period &period,
                                                           ReportFormat format,
                                                           ReportLanguage language,
                                                           const Actor &actor)
{
    const ProvinceReportDocument document{
        language, m_issuerName, QDateTime::currentDateTimeUtc().toTimeZone(centreTimeZone()),
        m_centres.compare(period)};
    const Result<ReportFile> file = renderProvinceReport(document, format);
    if (!file && file.error().code == QLatin1String("invalid-format"))
        return file.error();
    QString target =
        QStringLiteral("%1 %2 %3 province")
            .arg(period.name(), periodRuleCode(period.rule()), reportFormatCode(format));
    if (language == ReportLanguage::English)
        target += QStringLiteral(" en");
    if (!file) {
        m_storage.audit(QStringLiteral("export-failed"), actor.user, target, actor.address);
        return file.error();
    }
    m_storage.audit(QStringLiteral("export"), actor.user, target, actor.address);
    return ExportedReport{file.value(), provinceReportFileName(document, file.value())};
}

} // namespace hailong
