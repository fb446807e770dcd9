#include "cases/CaseStatus.h"

namespace hailong {

QString caseStatusCode(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return QStringLiteral("open");
    case CaseStatus::InProgress:
        return QStringLiteral("in-progress");
    case CaseStatus::Answered:
        return QStringLiteral("answered");
    case CaseStatus::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<CaseStatus> caseStatusFromCode(const QString &code)
{
    for (const CaseStatus status :
         {CaseStatus::Open, CaseStatus::InProgress, CaseStatus::Answered, CaseStatus::Closed}) {
        if (caseStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

bool caseMoveAllowed(CaseStatus from, CaseStatus to)
{
    // The enum is in the order a case moves.
    return int(to) > int(from);
}

bool caseAwaitsAnswer(CaseStatus status)
{
    return status == CaseStatus::Open || status == CaseStatus::InProgress;
}

} // namespace hailong
