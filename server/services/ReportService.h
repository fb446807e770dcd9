#pragma once

#include "ReportDocument.h"
#include "ReportFormat.h"
#include "services/Actor.h"
#include "services/CaseService.h"
#include "services/IndicatorService.h"
#include "services/PeriodClosings.h"
#include "services/ReportIssuerSettings.h"
#include "services/SurveyProvider.h"
#include "services/TrendService.h"
#include "storage/Storage.h"

namespace hailong {

// A report ready to hand over: its bytes and the name to save it under.
struct ExportedReport
{
    ReportFile file;
    QString fileName;
};

// The period's report for the commune: the indicators in the plan's order, their monthly
// trend and comparisons (previous period, same period last year, year to date), the
// breakdown by field and unit, the reasons ticked, the rate per criterion of each survey that
// asks criteria, up to 10 comments, lowest first, and the complaint cases opened in the period.
// The report route and the `export` command both go through exportReport(), so every format
// carries the same numbers and every export is written to the audit log.
class ReportService
{
public:
    ReportService(Storage &storage, IndicatorService &indicators, TrendService &trends,
                  const SurveyProvider &surveys, CaseService &cases, QString communeName,
                  const ReportIssuerSettings &issuer);

    // `centre` (here and below): that centre's report; empty, the province's roll-up over every
    // centre (with one centre, that centre's). A report of one centre among several is headed
    // with that centre's name (the centres table) and the issuer its name implies; otherwise
    // the heading and issuer are centre.json's, as a single commune's.
    ReportDocument document(const Period &period,
                            ReportLanguage language = ReportLanguage::Vietnamese,
                            const QString &centre = {});
    // The report's figures as its JSON export carries them, for the dashboard's period view:
    // read by viewers too, so not an export and not audited.
    QJsonObject figures(const Period &period, const QString &centre = {});
    // The report in `format` and `language`, with an audit entry "export" (or "export-failed"
    // when it could not be rendered) naming the period, the rule, the format and "en" for an
    // English one. Errors: "report-failed".
    Result<ExportedReport> exportReport(const Period &period, ReportFormat format,
                                        ReportLanguage language, const Actor &actor,
                                        const QString &centre = {});

    const QString &communeName() const { return m_communeName; }

private:
    void addHeading(ReportDocument &document, const QString &centre);
    void addComparisons(ReportDocument &document, const QString &centre);
    void addBreakdowns(ReportDocument &document, const QString &centre);
    void addReasons(ReportDocument &document, const QString &centre);
    void addCriteria(ReportDocument &document, const QString &centre);
    // The field's name in the first survey that defines it; the code itself if none does.
    LocalizedText fieldName(const QString &code) const;

    Storage &m_storage;
    PeriodClosings m_closings;
    IndicatorService &m_indicators;
    TrendService &m_trends;
    const SurveyProvider &m_surveys;
    CaseService &m_cases;
    QString m_communeName;
    const ReportIssuerSettings &m_issuer;
};

} // namespace hailong
