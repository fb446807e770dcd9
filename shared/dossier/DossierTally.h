#pragma once

#include <QtGlobal>

namespace hailong {

// The dossiers returned in a period, with their counted ratings: what the on-time indicator,
// the response rate and the sample check rest on.
struct DossierTally
{
    qint64 handled = 0; // returned in the period
    qint64 onTime = 0;  // of those, returned by their due time
    qint64 online = 0;  // of those, filed online
    qint64 repeats = 0; // repeat ratings of those dossiers, left out of every figure
    // Of the handled dossiers, those with a counted (first, not suspect) rating, and how many
    // of those ratings were satisfied, by whether the dossier was returned on time.
    qint64 ratedOnTime = 0;
    qint64 satisfiedOnTime = 0;
    qint64 ratedLate = 0;
    qint64 satisfiedLate = 0;

    qint64 rated() const { return ratedOnTime + ratedLate; }
};

} // namespace hailong
