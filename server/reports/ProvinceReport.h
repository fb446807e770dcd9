#pragma once

#include "ProvinceFigures.h"
#include "ReportFormat.h"
#include "ReportHeadings.h"
#include "ReportLanguage.h"

#include <QDateTime>
#include <QStringList>

namespace hailong {

// The province's report (`scope=province`): a row per centre with its ratings, overall rate,
// interval and shrunk rate, and each indicator's count, rate, interval and verdict.
struct ProvinceReportDocument
{
    ReportLanguage language = ReportLanguage::Vietnamese;
    QString issuerName; // the server's commune or province name, printed as "UBND …"
    QDateTime generatedAt;
    ProvinceFigures figures;

    bool periodComplete() const;
    // The indicators of the table's columns, in the plan's order (the first centre's; every
    // centre is evaluated against the same definitions).
    QList<IndicatorDefinition> indicators() const;
};

// The words the province report prints, in its language; every format takes them from here.
class ProvinceReportWords
{
public:
    explicit ProvinceReportWords(ReportLanguage language)
        : m_language(language)
        , m_headings(language)
    {}

    const ReportHeadings &headings() const { return m_headings; }
    QString title() const;     // "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG THEO TỪNG TRUNG TÂM"
    QString sheetName() const; // "Các trung tâm"
    QString dataUntilLine(const ProvinceReportDocument &document) const; // empty once ended
    QString provinceLine(const ProvinceFigures &figures) const; // "Toàn tỉnh: 24 phiếu, …"
    // How the adjusted rate is worked out, with the period's m and p.
    QString shrinkNote(const ProvinceFigures &figures) const;
    // STT, centre id, centre, ratings, overall rate, interval, adjusted rate.
    QStringList centreHeaders() const;
    // "1. <the indicator's name> — chỉ tiêu ≥ 95 %", heading its table in the PDF.
    QString indicatorTitle(int number, const IndicatorDefinition &indicator) const;
    // Per indicator: ratings, rate, interval, verdict.
    QStringList indicatorHeaders() const;

private:
    QString words(const QString &vi, const QString &en) const
    {
        return m_language == ReportLanguage::English ? en : vi;
    }

    ReportLanguage m_language;
    ReportHeadings m_headings;
};

// A centre's row as text (the CSV and the PDF): centreHeaders() cells, then per indicator
// indicatorHeaders() cells. Rates cut to one decimal, "—" where there is none.
QStringList provinceRowCells(const ProvinceReportDocument &document, int index);

// The province report in `format` (json, csv, xlsx or pdf); named
// "hai-long-tinh-<period>-<rule>.<ext>". Errors: "report-failed", "invalid-format" (docx).
Result<ReportFile> renderProvinceReport(const ProvinceReportDocument &document,
                                        ReportFormat format);
QString provinceReportFileName(const ProvinceReportDocument &document, const ReportFile &file);

} // namespace hailong
