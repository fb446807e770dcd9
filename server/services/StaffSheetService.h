#pragma once

#include "StaffSheet.h"
#include "services/Actor.h"
#include "services/PeriodClosings.h"
#include "services/RankingService.h"
#include "services/ReportIssuerSettings.h"
#include "services/SurveyProvider.h"

namespace hailong {

// A staff member's yearly sheet (GET /api/v1/staff/{code}/sheet): their ratings over the year
// and each quarter under the period rule, summed from the same rollups (and closings) as every
// figure; the shrunk rate, rank and centre mean from RankingService, so the sheet and the
// ranking never disagree; the reasons ticked on their ratings.
class StaffSheetService
{
public:
    static constexpr int firstYear = 2000;
    static constexpr int lastYear = 2100;

    StaffSheetService(Storage &storage, RankingService &ranking, const SurveyProvider &surveys,
                      const ReportIssuerSettings &issuer);

    // The member is ranked among their own centre's staff, from that centre's figures.
    // `centre`: the centre the caller reads (a member of another is unknown); empty, any.
    // Errors: "invalid-year" (outside firstYear–lastYear), "unknown-staff".
    Result<StaffSheet> sheet(const QString &code, int year, PeriodRule rule,
                             const QString &centre = {});
    // The sheet as its PDF, with an audit entry "staff-sheet" naming the code and year (or
    // "staff-sheet-failed"), in the member's centre. Errors: "report-failed".
    Result<QByteArray> pdf(const StaffSheet &sheet, const Actor &actor);
    // The audit entry of a JSON sheet read.
    void auditRead(const StaffSheet &sheet, const Actor &actor);

private:
    SheetFigures figuresOf(const StaffRecord &member, const Period &period, const QString &centre);

    Storage &m_storage;
    PeriodClosings m_closings;
    RankingService &m_ranking;
    const SurveyProvider &m_surveys;
    const ReportIssuerSettings &m_issuer;
};

} // namespace hailong
