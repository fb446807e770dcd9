#pragma once

#include "config/DataDirectory.h"
#include "services/SurveyProvider.h"

namespace hailong {

// The centre's surveys as an admin command sees them: a file left out is named on stderr.
class CentreSurveys
{
public:
    static SurveyProvider load(const DataDirectory &data);
};

} // namespace hailong
