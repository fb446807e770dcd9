#pragma once

#include <QString>
#include <optional>

namespace hailong {

// Where a complaint case stands. A case only moves forward: open → in progress → answered →
// closed, and answered or closed may be reached straight from open (a short answer, or a
// comment that needs none).
enum class CaseStatus { Open, InProgress, Answered, Closed };

QString caseStatusCode(CaseStatus status); // "open" | "in-progress" | "answered" | "closed"
std::optional<CaseStatus> caseStatusFromCode(const QString &code);

// Whether a case at `from` may move to `to`: forward only, never to where it is.
bool caseMoveAllowed(CaseStatus from, CaseStatus to);
// Open and in progress: the citizen still waits for an answer.
bool caseAwaitsAnswer(CaseStatus status);

} // namespace hailong
