#pragma once

#include <QtGlobal>

namespace hailong {

// The complaint cases opened in a period, as the report counts them.
struct CaseTally
{
    qint64 received = 0;       // cases opened in the period
    qint64 answeredInTime = 0; // of those, answered (or closed) within answerDays working days
    qint64 open = 0;           // of those, still waiting for an answer (open or in progress)
    int answerDays = 5;        // the centre's case_answer_days when the report was made
};

} // namespace hailong
