#include "services/StaffSheetService.h"

#include "StaffSheetPdfWriter.h"
#include "services/CentreTitle.h"
#include "services/ReasonLabels.h"

namespace hailong {

StaffSheetService::StaffSheetService(Storage &storage, RankingService &ranking,
                                     const SurveyProvider &surveys,
                                     const ReportIssuerSettings &issuer)
    : m_storage(storage)
    , m_closings(storage)
    , m_ranking(ranking)
    , m_surveys(surveys)
    , m_issuer(issuer)
{}

SheetFigures StaffSheetService::figuresOf(const StaffRecord &member, const Period &period,
                                          const QString &centre)
{
    SheetFigures figures{period, 0, 0};
    for (const RollupTotals &group : m_closings.rollupTotals(period, centre)) {
        if (group.suspect || group.staff != member.code || group.unitId != member.unitId)
            continue;
        figures.n += group.n;
        figures.satisfied += group.satisfied;
    }
    return figures;
}

Result<StaffSheet> StaffSheetService::sheet(const QString &code, int year, PeriodRule rule,
                                            const QString &centre)
{
    if (year < firstYear || year > lastYear)
        return ValidationError{
            QStringLiteral("invalid-year"),
            QStringLiteral("year must be a year from %1 to %2").arg(firstYear).arg(lastYear)};
    const std::optional<StaffRecord> member = m_storage.staffMember(code);
    const std::optional<UnitRecord> unit =
        member ? m_storage.unit(member->unitId) : std::optional<UnitRecord>();
    const QString memberCentre = unit ? unit->centreId : QString();
    if (!member || (!centre.isEmpty() && memberCentre != centre))
        return ValidationError{QStringLiteral("unknown-staff"),
                               QStringLiteral("no staff member \"%1\" in the register").arg(code)};
    const Result<Period> period = Period::parse(QString::number(year), rule);
    if (!period)
        return period.error();

    StaffSheet sheet;
    sheet.code = member->code;
    sheet.name = member->name;
    sheet.centreId = memberCentre;
    sheet.unitName = unit ? unit->name : member->unitId;
    sheet.counter = member->counter;
    sheet.year = year;
    sheet.figures = figuresOf(*member, period.value(), memberCentre);
    const Ranking ranking = m_ranking.rank(period.value(), RankingKey::Staff, memberCentre);
    sheet.centreRate = ranking.mean;
    sheet.rankedCount = int(ranking.rows.size());
    for (int i = 0; i < ranking.rows.size(); ++i) {
        if (ranking.rows.at(i).key == member->code) {
            sheet.rank = i + 1;
            sheet.shrunkRate = ranking.rows.at(i).shrunk;
        }
    }
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const Result<Period> part =
            Period::parse(QStringLiteral("%1-Q%2").arg(year).arg(quarter), rule);
        if (!part)
            return part.error();
        sheet.quarters << figuresOf(*member, part.value(), memberCentre);
    }
    // A closed year's reasons are those of the ratings received by its closing, as its figures.
    const std::optional<PeriodClosing> closed =
        m_closings.figures(period.value(), memberCentre).closed;
    sheet.reasons =
        labelledReasons(m_storage.staffReasonCounts(member->code, period.value().start(),
                                                    period.value().endExclusive(),
                                                    closed ? closed->at : QDateTime()),
                        m_surveys.catalog());
    // A centre among several signs its own staff's sheets, as it signs its reports.
    const std::optional<QString> title = centreTitle(m_storage, memberCentre);
    sheet.issuer = title ? ReportIssuer::fromCentre({}, *title, ReportLanguage::Vietnamese)
                         : m_issuer.issuer(ReportLanguage::Vietnamese);
    sheet.generatedAt = QDateTime::currentDateTimeUtc();
    return sheet;
}

Result<QByteArray> StaffSheetService::pdf(const StaffSheet &sheet, const Actor &actor)
{
    const Result<QByteArray> bytes = StaffSheetPdfWriter::write(sheet);
    const QString target = QStringLiteral("%1 %2 pdf").arg(sheet.code).arg(sheet.year);
    m_storage.audit(bytes ? QStringLiteral("staff-sheet") : QStringLiteral("staff-sheet-failed"),
                    actor.user, target, actor.address, sheet.centreId);
    return bytes;
}

void StaffSheetService::auditRead(const StaffSheet &sheet, const Actor &actor)
{
    m_storage.audit(QStringLiteral("staff-sheet"), actor.user,
                    QStringLiteral("%1 %2 json").arg(sheet.code).arg(sheet.year), actor.address,
                    sheet.centreId);
}

} // namespace hailong
