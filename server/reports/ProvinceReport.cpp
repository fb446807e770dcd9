#include "ProvinceReport.h"

#include "ProvinceReportCsv.h"
#include "ProvinceReportPdf.h"
#include "ProvinceReportXlsx.h"
#include "ReportDocument.h"
#include "VietnameseFormat.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hailong {

bool ProvinceReportDocument::periodComplete() const
{
    return figures.period.isCompleteOn(generatedAt.toTimeZone(centreTimeZone()).date());
}

QList<IndicatorDefinition> ProvinceReportDocument::indicators() const
{
    QList<IndicatorDefinition> definitions;
    if (figures.centres.isEmpty())
        return definitions;
    for (const IndicatorResult &result : figures.centres.first().indicators)
        definitions << result.definition;
    return definitions;
}

QString ProvinceReportWords::title() const
{
    return words(QStringLiteral("KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG THEO TỪNG TRUNG TÂM"),
                 QStringLiteral("SATISFACTION MEASURED AT EACH CENTRE"));
}

QString ProvinceReportWords::sheetName() const
{
    return words(QStringLiteral("Các trung tâm"), QStringLiteral("Centres"));
}

QString ProvinceReportWords::dataUntilLine(const ProvinceReportDocument &document) const
{
    if (document.periodComplete())
        return {};
    const QDate today = document.generatedAt.toTimeZone(centreTimeZone()).date();
    return words(QStringLiteral("Số liệu tính đến ngày %1"), QStringLiteral("Figures up to %1"))
        .arg(VietnameseFormat::date(document.figures.period.dataUntil(today)));
}

QString ProvinceReportWords::provinceLine(const ProvinceFigures &figures) const
{
    return words(QStringLiteral("Toàn tỉnh: %1 phiếu, tỷ lệ hài lòng chung %2"),
                 QStringLiteral("Whole province: %1 ratings, overall satisfaction %2"))
        .arg(VietnameseFormat::count(figures.n),
             figures.rate ? VietnameseFormat::percent(*figures.rate) : QStringLiteral("—"));
}

QString ProvinceReportWords::shrinkNote(const ProvinceFigures &figures) const
{
    const QString m = VietnameseFormat::decimal(figures.priorStrength, 0);
    const QString p = figures.rate ? VietnameseFormat::percent(*figures.rate) : QStringLiteral("—");
    return words(QStringLiteral("Tỷ lệ đã điều chỉnh = (số phiếu hài lòng + m × p) / (số phiếu + "
                                "m), với p = %1 là tỷ lệ hài lòng chung của toàn tỉnh và m = %2 "
                                "phiếu, ước lượng từ độ chênh lệch giữa các trung tâm (không dưới "
                                "20): trung tâm ít phiếu được kéo gần về tỷ lệ toàn tỉnh, nên các "
                                "trung tâm được xếp hạng công bằng theo tỷ lệ này."),
                 QStringLiteral("Adjusted rate = (satisfied + m × p) / (ratings + m), where p = %1 "
                                "is the whole province's overall satisfaction and m = %2 ratings, "
                                "estimated from the spread between centres (at least 20): a centre "
                                "with few ratings is drawn toward the province's rate, so the "
                                "centres are ranked fairly by it."))
        .arg(p, m);
}

QStringList ProvinceReportWords::centreHeaders() const
{
    return {m_headings.column(ReportColumn::Number),
            words(QStringLiteral("Mã trung tâm"), QStringLiteral("Centre id")),
            words(QStringLiteral("Trung tâm"), QStringLiteral("Centre")),
            m_headings.column(ReportColumn::Ratings),
            words(QStringLiteral("Tỷ lệ hài lòng chung (%)"),
                  QStringLiteral("Overall satisfaction (%)")),
            m_headings.column(ReportColumn::Interval),
            words(QStringLiteral("Tỷ lệ đã điều chỉnh (%)"), QStringLiteral("Adjusted rate (%)"))};
}

QString ProvinceReportWords::indicatorTitle(int number, const IndicatorDefinition &indicator) const
{
    return words(QStringLiteral("%1. %2 — chỉ tiêu ≥ %3 %"),
                 QStringLiteral("%1. %2 — target ≥ %3 %"))
        .arg(number)
        .arg(localized(indicator.name, m_language), VietnameseFormat::decimal(indicator.target));
}

QStringList ProvinceReportWords::indicatorHeaders() const
{
    return m_headings.columns({ReportColumn::Ratings, ReportColumn::Rate, ReportColumn::Interval,
                               ReportColumn::AssessmentShort});
}

QStringList provinceRowCells(const ProvinceReportDocument &document, int index)
{
    const CentreFigures &centre = document.figures.centres.at(index);
    const auto rate = [](const std::optional<double> &value) {
        return value ? VietnameseFormat::decimal(*value) : QStringLiteral("—");
    };
    QStringList cells{QString::number(index + 1),
                      centre.id,
                      centre.name,
                      QString::number(centre.n),
                      rate(centre.rate),
                      VietnameseFormat::interval(centre.ciLow, centre.ciHigh),
                      rate(centre.shrunkRate)};
    for (const IndicatorResult &result : centre.indicators)
        cells << QString::number(result.n) << rate(result.rate)
              << VietnameseFormat::interval(result.ciLow, result.ciHigh)
              << verdictWord(result, document.periodComplete(), document.language);
    return cells;
}

QString provinceReportFileName(const ProvinceReportDocument &document, const ReportFile &file)
{
    QString period = document.figures.period.name();
    period.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]+")), QStringLiteral("_"));
    return QStringLiteral("hai-long-tinh-%1-%2.%3")
        .arg(period, periodRuleCode(document.figures.period.rule()), file.extension);
}

Result<ReportFile> renderProvinceReport(const ProvinceReportDocument &document, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json: {
        QJsonObject json =
            document.figures.toJson(document.generatedAt.toTimeZone(centreTimeZone()).date());
        json.insert(QStringLiteral("scope"), QStringLiteral("province"));
        return reportFileOf(format, QJsonDocument(json).toJson());
    }
    case ReportFormat::Csv:
        return reportFileOf(format, ProvinceReportCsv::write(document));
    case ReportFormat::Xlsx:
        return reportFileOf(format, ProvinceReportXlsx::write(document));
    case ReportFormat::Pdf:
        return reportFileOf(format, ProvinceReportPdf::write(document));
    case ReportFormat::Docx:
        break;
    }
    return ValidationError{QStringLiteral("invalid-format"),
                           QStringLiteral("the province report is json, csv, xlsx or pdf")};
}

} // namespace hailong
